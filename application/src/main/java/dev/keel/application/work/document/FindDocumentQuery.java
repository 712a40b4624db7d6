package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.document.DocumentId;

import java.util.Objects;

public record FindDocumentQuery(Actor actor, DocumentId id) {

    public FindDocumentQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
