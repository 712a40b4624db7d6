package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import java.util.UUID;

/** Violates WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS: a response DTO that is a class. */
public final class UserResponse {

    private final UUID id;
    private final String name;

    public UserResponse(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
