package dev.keel.application.work.comment;

import dev.keel.domain.work.comment.CommentRevision;

import java.util.List;

public interface FindRevisionsUseCase {

    List<CommentRevision> find(FindRevisionsQuery query);
}
