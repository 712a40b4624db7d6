package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ConflictException;

public final class EmailAlreadyTakenException extends ConflictException {

    public EmailAlreadyTakenException() {
        super("a live user already has this e-mail address");
    }
}
