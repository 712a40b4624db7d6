package dev.keel.domain.identity.user;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserSortTest {

    @Test
    void defaultSortIsNewestFirst() {
        assertThat(UserSort.DEFAULT).isEqualTo(new UserSort(UserSortField.CREATED_AT, SortDirection.DESC));
        assertThat(UserSort.DEFAULT.apiForm()).isEqualTo("createdAt,desc");
    }

    @Test
    void apiFormNamesFieldAndLowerCaseDirection() {
        assertThat(new UserSort(UserSortField.NAME, SortDirection.ASC).apiForm()).isEqualTo("name,asc");
        assertThat(new UserSort(UserSortField.EMAIL, SortDirection.DESC).apiForm()).isEqualTo("email,desc");
    }

    @Test
    void theWhitelistIsCreationTimeNewestFirstThenNameAndEmailAlphabetically() {
        assertThat(UserSortField.values()).extracting(UserSortField::apiName, UserSortField::defaultDirection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("createdAt", SortDirection.DESC),
                        org.assertj.core.groups.Tuple.tuple("name", SortDirection.ASC),
                        org.assertj.core.groups.Tuple.tuple("email", SortDirection.ASC));
    }

    @Test
    void sortKeyIsTheSortedValueTyped() {
        Instant created = Instant.parse("2025-02-03T04:05:06.000700Z");
        UserProfile user = User.register(new UserId(UUID.randomUUID()), new Email("Zed@Example.com"),
                new UserName("Zed"), Role.MEMBER, new PasswordHash("h"), created).profile();

        assertThat(UserSortField.NAME.keyOf(user)).isEqualTo(new SortValue.Text("Zed"));
        assertThat(UserSortField.EMAIL.keyOf(user)).isEqualTo(new SortValue.Text("zed@example.com"));
        assertThat(UserSortField.CREATED_AT.keyOf(user)).isEqualTo(new SortValue.Timestamp(created));
    }

    @Test
    void sortNeedsFieldAndDirection() {
        assertThatThrownBy(() -> new UserSort(null, SortDirection.ASC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UserSort(UserSortField.NAME, null)).isInstanceOf(NullPointerException.class);
    }
}
