package dev.keel.application.identity.auth;

import java.util.Objects;

/** Ends the actor's own session. */
public record SignOutCommand(Actor actor) {

    public SignOutCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
