package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.json.Scalars;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.shared.paging.SortDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortOrderTest {

    @ListOf(name = "users", sortFields = UserSortField.class, defaultSort = "createdAt")
    private record Users() {
    }

    private static final ListOf USERS = Users.class.getAnnotation(ListOf.class);

    @Test
    void noSortIsTheDefaultFieldInItsDefaultDirection() {
        assertThat(SortOrder.parse(USERS, null)).isEqualTo(new SortOrder(UserSortField.CREATED_AT, SortDirection.DESC));
    }

    @Test
    void aFieldAloneSortsInItsDefaultDirectionAndADirectionOverridesIt() {
        assertThat(SortOrder.parse(USERS, "name")).isEqualTo(new SortOrder(UserSortField.NAME, SortDirection.ASC));
        assertThat(SortOrder.parse(USERS, "createdAt,asc")).isEqualTo(new SortOrder(UserSortField.CREATED_AT, SortDirection.ASC));
        assertThat(SortOrder.parse(USERS, "email,desc").apiForm()).isEqualTo("email,desc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMAIL", "created_at", "passwordHash", "", "name,asc,desc", "name,up", "name;x", " name"})
    void anythingOutsideTheWhitelistIsRefused(String raw) {
        assertThatThrownBy(() -> SortOrder.parse(USERS, raw)).isInstanceOf(Scalars.InvalidValue.class);
    }
}
