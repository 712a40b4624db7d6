package dev.keel.application.identity.user;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.identity.user.User;

public interface FindUsersUseCase {

    Page<User> find(FindUsersQuery query);
}
