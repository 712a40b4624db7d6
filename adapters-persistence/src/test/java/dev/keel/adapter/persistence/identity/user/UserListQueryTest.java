package dev.keel.adapter.persistence.identity.user;

import dev.keel.adapter.persistence.shared.keyset.KeysetPlans;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sort of the live user list enters its keyset index right at the position (V2, V4). */
@MicronautTest(transactional = false)
class UserListQueryTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @ParameterizedTest(name = "{0},{1}")
    @CsvSource({
            "CREATED_AT, DESC, ix_app_user_created_at_id, '', <",
            "CREATED_AT, ASC, ix_app_user_created_at_id, ' Backward', >",
            "NAME, ASC, ix_app_user_name_c_id, '', >",
            "NAME, DESC, ix_app_user_name_c_id, ' Backward', <",
            "EMAIL, ASC, ix_app_user_email_c_id, '', >",
            "EMAIL, DESC, ix_app_user_email_c_id, ' Backward', <"})
    void liveListSliceEntersItsIndexAtThePosition(UserSortField field, SortDirection direction, String index,
                                                  String scanDirection, String comparison) {
        SortValue key = field == UserSortField.CREATED_AT ? new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.123456Z"))
                : new SortValue.Text("m");
        KeysetPosition position = KeysetPosition.of(UUID.randomUUID(), key);

        String plan = KeysetPlans.explainSlice(unitOfWork, jdbc, UserListQuery.of(UserFilter.ALL_LIVE, new UserSort(field, direction)),
                position);

        assertThat(plan).contains("Index Scan" + scanDirection + " using " + index + " ")
                .containsPattern("Index Cond: \\(ROW\\([^,]*, id\\) \\" + comparison + " ROW\\(")
                .doesNotContain("Sort Key");
    }
}
