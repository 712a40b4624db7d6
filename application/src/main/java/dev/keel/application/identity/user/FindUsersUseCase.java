package dev.keel.application.identity.user;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.identity.user.UserProfile;

public interface FindUsersUseCase {

    Page<UserProfile> find(FindUsersQuery query);
}
