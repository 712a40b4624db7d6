package dev.keel.application.work.comment;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.comment.CommentRepository;
import dev.keel.domain.work.comment.CommentView;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import jakarta.inject.Singleton;

/** Any member reads a live task's comments, oldest first: the task check, then one statement per slice. */
@Singleton
public final class FindCommentsService implements FindCommentsUseCase {

    private final TaskRepository tasks;
    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;

    public FindCommentsService(TaskRepository tasks, CommentRepository comments, UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.comments = comments;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<CommentView> find(FindCommentsQuery query) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            tasks.findVisibleTo(query.taskId(), query.actor().userId(), false)
                    .orElseThrow(() -> new TaskNotFoundException(query.taskId()));
            return comments.findOnTask(query.taskId(), query.actor().userId(), query.page());
        });
    }
}
