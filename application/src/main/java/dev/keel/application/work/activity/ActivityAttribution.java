package dev.keel.application.work.activity;

import dev.keel.domain.identity.user.UserId;

import java.time.Instant;

/**
 * Names who makes, and when, the changes of the current unit of work, for the activity history the store writes with
 * every change. Each work use case that changes something calls it first, inside its unit of work.
 */
public interface ActivityAttribution {

    void attribute(UserId actor, Instant at);
}
