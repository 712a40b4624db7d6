package dev.keel.application.identity.auth;

import dev.keel.domain.identity.session.Session;

import java.util.List;

public interface FindSessionsUseCase {

    /** The actor's active sessions, most recently used first. */
    List<Session> find(FindSessionsQuery query);
}
