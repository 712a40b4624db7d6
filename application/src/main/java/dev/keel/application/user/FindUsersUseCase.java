package dev.keel.application.user;

import dev.keel.domain.paging.Page;
import dev.keel.domain.user.User;

public interface FindUsersUseCase {

    Page<User> find(FindUsersQuery query);
}
