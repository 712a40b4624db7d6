package dev.keel.domain.work.task;

import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

/** A user as a task shows them: id and current name. */
public record PersonRef(UserId id, String name) {

    public PersonRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
