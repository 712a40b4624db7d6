package dev.keel.adapter.web.work.comment;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.work.comment.CommentSortField;
import io.micronaut.core.annotation.Introspected;

/** A task's comments have no filters and one order, oldest first: only the paging parameters. */
@Introspected
@ListOf(name = "comments", sortFields = CommentSortField.class, defaultSort = "createdAt")
record CommentListParameters() implements ListParameters<CommentListParameters> {

    @Override
    public CommentListParameters filter() {
        return this;
    }
}
