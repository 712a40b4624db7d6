package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserProfile;

/** User to its API representation: its profile, which has no password hash. */
final class UserWebMapper {

    private UserWebMapper() {
    }

    static UserResponse toResponse(User user) {
        return toResponse(user.profile());
    }

    static UserResponse toResponse(UserProfile user) {
        return new UserResponse(user.id().value().toString(), user.email().value(), user.name().value(),
                user.role().name(), user.status().name(), Timestamps.format(user.createdAt()),
                Timestamps.format(user.updatedAt()), user.version(),
                user.deletedAt().map(Timestamps::format).orElse(null));
    }
}
