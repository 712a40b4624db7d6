package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.time.CreationWindow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which users a list shows. {@code text} matches a case-insensitive substring of name or e-mail;
 * {@code createdAfter} is exclusive and {@code createdBefore} exclusive as well.
 */
public record UserFilter(Optional<UserStatus> status,
                         Optional<Role> role,
                         Optional<String> text,
                         Optional<Instant> createdAfter,
                         Optional<Instant> createdBefore,
                         Visibility visibility) {

    public static final int MAX_TEXT_LENGTH = 100;

    public enum Visibility {
        /** Live users only: the default. */
        LIVE,
        /** Soft-deleted users only. */
        DELETED_ONLY
    }

    public static final UserFilter ALL_LIVE = new UserFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Visibility.LIVE);

    public UserFilter {
        Objects.requireNonNull(visibility, "visibility");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > MAX_TEXT_LENGTH) {
            throw ValidationException.of("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        CreationWindow.requireOpen(createdAfter, createdBefore);
    }
}
