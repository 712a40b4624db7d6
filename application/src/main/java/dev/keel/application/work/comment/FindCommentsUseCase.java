package dev.keel.application.work.comment;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.comment.CommentView;

public interface FindCommentsUseCase {

    Page<CommentView> find(FindCommentsQuery query);
}
