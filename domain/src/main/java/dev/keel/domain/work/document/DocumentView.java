package dev.keel.domain.work.document;

import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.task.PersonRef;

import java.util.Objects;
import java.util.Optional;

/** A document with its creator's current name and the caller's membership of the project. */
public record DocumentView(Document document, Optional<PersonRef> creator, Membership membership) {

    public DocumentView {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(membership, "membership");
    }
}
