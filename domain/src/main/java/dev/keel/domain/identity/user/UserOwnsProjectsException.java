package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ConflictException;

/** A user who still owns projects is not removed for good: their projects would be left without an owner. */
public final class UserOwnsProjectsException extends ConflictException {

    public UserOwnsProjectsException() {
        super("user-owns-projects", "User owns projects",
                "the user still owns projects: transfer them to another member or delete them first");
    }
}
