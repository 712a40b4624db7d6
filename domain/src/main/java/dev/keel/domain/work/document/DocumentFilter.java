package dev.keel.domain.work.document;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a project's documents a list shows: live or deleted ones, those whose metadata contains an object, has all
 * of some top-level keys, or matches a SQL/JSON path predicate (checked by the store, which reports a malformed one).
 */
public record DocumentFilter(boolean deleted, Optional<DocumentMetadata> contains, Set<String> hasKeys,
                             Optional<String> jsonPath) {

    public DocumentFilter {
        Objects.requireNonNull(contains, "contains");
        hasKeys = Set.copyOf(hasKeys);
        Objects.requireNonNull(jsonPath, "jsonPath");
    }
}
