package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.NotFoundException;

public final class MemberNotFoundException extends NotFoundException {

    public MemberNotFoundException(UserId id) {
        super("member", id);
    }
}
