package dev.keel.domain.work.notification;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A message for one user about something that happened in a project. */
public record Notification(UUID id, UserId recipient, Kind kind, Optional<ProjectId> projectId, String message,
                           Instant createdAt) {

    public static final int MAX_MESSAGE_LENGTH = 500;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("a notification's message is 1 to " + MAX_MESSAGE_LENGTH + " characters");
        }
    }

    public enum Kind {
        PROJECT_OWNERSHIP_TRANSFERRED
    }
}
