package dev.keel.application.work.notification;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;

import java.util.Objects;

public record FindNotificationsQuery(Actor actor, PageRequest page) {

    public FindNotificationsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(page, "page");
    }
}
