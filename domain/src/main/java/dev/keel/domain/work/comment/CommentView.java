package dev.keel.domain.work.comment;

import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.task.PersonRef;

import java.util.Objects;
import java.util.Optional;

/** A comment with its author's current name and the caller's membership of the project. */
public record CommentView(Comment comment, Optional<PersonRef> author, Membership membership) {

    public CommentView {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(membership, "membership");
    }
}
