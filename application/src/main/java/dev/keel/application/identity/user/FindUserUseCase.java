package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.User;

public interface FindUserUseCase {

    /** The live user; {@code UserNotFoundException} when unknown or soft-deleted. */
    User find(FindUserQuery query);
}
