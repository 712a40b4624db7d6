package dev.keel.domain.identity.session;

import dev.keel.domain.shared.NotFoundException;

public final class SessionNotFoundException extends NotFoundException {

    public SessionNotFoundException(SessionId id) {
        super("session", id);
    }
}
