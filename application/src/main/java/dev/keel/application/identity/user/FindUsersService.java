package dev.keel.application.identity.user;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.shared.UnitOfWork.Isolation;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

@Singleton
public final class FindUsersService implements FindUsersUseCase {

    private final UserRepository users;
    private final UnitOfWork unitOfWork;

    public FindUsersService(UserRepository users, UnitOfWork unitOfWork) {
        this.users = users;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<UserProfile> find(FindUsersQuery query) {
        UserAccessPolicy.requireMayList(query.actor(), query.filter());
        // An offset page is a count plus a slice: one snapshot keeps the total consistent with the rows.
        Isolation isolation = Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> users.find(query.filter(), query.sort(), query.page()));
    }
}
