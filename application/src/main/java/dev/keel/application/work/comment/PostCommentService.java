package dev.keel.application.work.comment;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.comment.Comment;
import dev.keel.domain.work.comment.CommentId;
import dev.keel.domain.work.comment.CommentRepository;
import dev.keel.domain.work.comment.CommentView;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import jakarta.inject.Singleton;

/** MEMBER and above comment on a live task (VIEWERs read only). */
@Singleton
public final class PostCommentService implements PostCommentUseCase {

    private final TaskRepository tasks;
    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public PostCommentService(TaskRepository tasks, CommentRepository comments, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock,
                              IdGenerator ids) {
        this.tasks = tasks;
        this.comments = comments;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public CommentView post(PostCommentCommand command) {
        CommentId id = new CommentId(ids.newId());
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            tasks.findVisibleTo(command.taskId(), command.actor().userId(), false)
                    .orElseThrow(() -> new TaskNotFoundException(command.taskId()))
                    .membership().require(ProjectPermission.CHANGE_TASKS);
            comments.add(Comment.post(id, command.taskId(), command.actor().userId(), command.body(), clock.now()));
            return comments.findVisibleTo(id, command.actor().userId()).orElseThrow();
        });
    }
}
