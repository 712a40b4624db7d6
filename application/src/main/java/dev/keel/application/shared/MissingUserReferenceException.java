package dev.keel.application.shared;

import java.util.UUID;

/**
 * A write named a user who no longer exists (removed for good), found by the database's foreign key rather than by a
 * check of the use case: typically the caller themselves, whose access token outlives their removal. The web adapter
 * answers it by who the user is: the caller (401, their token names no one any more) or someone else (409).
 */
public final class MissingUserReferenceException extends RuntimeException {

    private final UUID userId;

    public MissingUserReferenceException(UUID userId, Throwable cause) {
        super("no user has the id " + userId + " any more", cause);
        this.userId = userId;
    }

    public UUID userId() {
        return userId;
    }
}
