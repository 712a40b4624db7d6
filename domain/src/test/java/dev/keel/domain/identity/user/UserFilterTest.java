package dev.keel.domain.identity.user;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserFilterTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static UserFilter filter(Optional<String> text, Optional<Instant> after, Optional<Instant> before) {
        return new UserFilter(Optional.empty(), Optional.empty(), text, after, before, UserFilter.Visibility.LIVE);
    }

    @Test
    void createdAfterEqualToCreatedBeforeIsRejected() {
        assertThatThrownBy(() -> filter(Optional.empty(), Optional.of(T0), Optional.of(T0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("createdBefore", "must be later than createdAfter")));
    }

    @Test
    void createdAfterLaterThanCreatedBeforeIsRejected() {
        assertThatThrownBy(() -> filter(Optional.empty(), Optional.of(T0.plusNanos(1000)), Optional.of(T0)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void createdAfterBeforeCreatedBeforeIsAccepted() {
        UserFilter filter = filter(Optional.empty(), Optional.of(T0), Optional.of(T0.plusNanos(1000)));

        assertThat(filter.createdAfter()).contains(T0);
        assertThat(filter.createdBefore()).contains(T0.plusNanos(1000));
    }

    @Test
    void oneSidedDateRangeIsAccepted() {
        assertThat(filter(Optional.empty(), Optional.of(T0), Optional.empty()).createdAfter()).contains(T0);
        assertThat(filter(Optional.empty(), Optional.empty(), Optional.of(T0)).createdBefore()).contains(T0);
    }

    @Test
    void searchTextIsTrimmedAndBlankMeansNoSearch() {
        assertThat(filter(Optional.of("  ada  "), Optional.empty(), Optional.empty()).text()).contains("ada");
        assertThat(filter(Optional.of("   "), Optional.empty(), Optional.empty()).text()).isEmpty();
        assertThat(filter(Optional.of(""), Optional.empty(), Optional.empty()).text()).isEmpty();
    }

    @Test
    void searchTextIsLimitedTo100CharactersAfterTrimming() {
        assertThat(filter(Optional.of("  " + "a".repeat(100) + "  "), Optional.empty(), Optional.empty()).text())
                .contains("a".repeat(100));
        assertThatThrownBy(() -> filter(Optional.of("a".repeat(101)), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("q", "must be at most 100 characters")));
    }

    @Test
    void allLiveFilterHasNoCriteriaAndShowsLiveUsers() {
        assertThat(UserFilter.ALL_LIVE.visibility()).isEqualTo(UserFilter.Visibility.LIVE);
        assertThat(UserFilter.ALL_LIVE.status()).isEmpty();
        assertThat(UserFilter.ALL_LIVE.role()).isEmpty();
        assertThat(UserFilter.ALL_LIVE.text()).isEmpty();
        assertThat(UserFilter.ALL_LIVE.createdAfter()).isEmpty();
        assertThat(UserFilter.ALL_LIVE.createdBefore()).isEmpty();
    }
}
