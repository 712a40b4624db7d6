package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.UserProfile;

public interface FindUserUseCase {

    /** The live user, without its credentials; {@code UserNotFoundException} when unknown or soft-deleted. */
    UserProfile find(FindUserQuery query);
}
