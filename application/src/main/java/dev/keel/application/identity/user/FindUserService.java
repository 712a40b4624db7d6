package dev.keel.application.identity.user;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

@Singleton
public final class FindUserService implements FindUserUseCase {

    private final UserRepository users;
    private final UnitOfWork unitOfWork;

    public FindUserService(UserRepository users, UnitOfWork unitOfWork) {
        this.users = users;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public UserProfile find(FindUserQuery query) {
        return unitOfWork.read(() -> users.findLiveProfile(query.id()))
                .orElseThrow(() -> new UserNotFoundException(query.id()));
    }
}
