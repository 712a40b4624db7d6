package dev.keel.application.user;

import dev.keel.domain.user.User;

public interface FindUserUseCase {

    /** The live user; {@code UserNotFoundException} when unknown or soft-deleted. */
    User find(FindUserQuery query);
}
