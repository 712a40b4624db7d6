package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.json.PatchField;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.task.BatchCreateTasksCommand;
import dev.keel.application.work.task.BatchCreateTasksUseCase;
import dev.keel.application.work.task.BulkUpdateTasksCommand;
import dev.keel.application.work.task.BulkUpdateTasksUseCase;
import dev.keel.application.work.task.CreateTaskCommand;
import dev.keel.application.work.task.CreateTaskUseCase;
import dev.keel.application.work.task.DeleteTaskCommand;
import dev.keel.application.work.task.DeleteTaskUseCase;
import dev.keel.application.work.task.FindTaskQuery;
import dev.keel.application.work.task.FindTaskUseCase;
import dev.keel.application.work.task.MoveTaskCommand;
import dev.keel.application.work.task.MoveTaskUseCase;
import dev.keel.application.work.task.ChangeTaskLabelCommand;
import dev.keel.application.work.task.PutTaskLabelUseCase;
import dev.keel.application.work.task.RemoveTaskLabelUseCase;
import dev.keel.application.work.task.RestoreTaskCommand;
import dev.keel.application.work.task.RestoreTaskUseCase;
import dev.keel.application.work.task.UpdateTaskCommand;
import dev.keel.application.work.task.UpdateTaskUseCase;
import dev.keel.domain.work.label.LabelId;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.work.task.FindTasksQuery;
import dev.keel.application.work.task.FindTasksUseCase;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.task.TaskSort;
import dev.keel.domain.work.task.TaskSortField;
import io.micronaut.http.annotation.RequestBean;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.keel.adapter.web.shared.json.PatchField.MERGE_PATCH_JSON;

/** Tasks: visible to the members of their project only; to anyone else a task does not exist (404). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tasks")
public class TaskController {

    private final CreateTaskUseCase createTask;
    private final FindTaskUseCase findTask;
    private final UpdateTaskUseCase updateTask;
    private final DeleteTaskUseCase deleteTask;
    private final RestoreTaskUseCase restoreTask;
    private final MoveTaskUseCase moveTask;
    private final PutTaskLabelUseCase putTaskLabel;
    private final RemoveTaskLabelUseCase removeTaskLabel;
    private final FindTasksUseCase findTasks;
    private final BatchCreateTasksUseCase batchCreateTasks;
    private final BulkUpdateTasksUseCase bulkUpdateTasks;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    TaskController(CreateTaskUseCase createTask, FindTaskUseCase findTask, UpdateTaskUseCase updateTask,
                   DeleteTaskUseCase deleteTask, RestoreTaskUseCase restoreTask, MoveTaskUseCase moveTask,
                   PutTaskLabelUseCase putTaskLabel, RemoveTaskLabelUseCase removeTaskLabel, FindTasksUseCase findTasks,
                   BatchCreateTasksUseCase batchCreateTasks, BulkUpdateTasksUseCase bulkUpdateTasks, ListRequests lists,
                   IdempotentRequests idempotentRequests) {
        this.createTask = createTask;
        this.findTask = findTask;
        this.updateTask = updateTask;
        this.deleteTask = deleteTask;
        this.restoreTask = restoreTask;
        this.moveTask = moveTask;
        this.putTaskLabel = putTaskLabel;
        this.removeTaskLabel = removeTaskLabel;
        this.findTasks = findTasks;
        this.batchCreateTasks = batchCreateTasks;
        this.bulkUpdateTasks = bulkUpdateTasks;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/projects/{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a task",
            description = "MEMBER, ADMIN or OWNER (VIEWER: 403). The task goes to the bottom of its column (default: the board's first). 422 when the column, the assignee (not a member) or a label (of another project) does not fit, or the column is at its WIP limit. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateTaskRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TaskResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new task"),
                    @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> create(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                           @Parameter(hidden = true) @Body byte[] body,
                           @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                   schema = @Schema(minLength = 1, maxLength = 255))
                           @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<CreateTaskRequest> parsed = JsonBody.read(body, CreateTaskRequest.class);
        var command = parsed.command(fields -> CreateTaskCommand.of(actor, new ProjectId(id), fields.title(), fields.description(),
                fields.columnId(), fields.priority(), fields.assigneeId(), fields.dueDate(), fields.labelIds()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            TaskView task = createTask.create(command);
            return withETag(HttpResponse.created(TaskWebMapper.toResponse(task),
                    UriBuilder.of("/api/v1/tasks").path(task.task().id().toString()).build()), task);
        });
    }

    @Post("/projects/{id}/tasks/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create many tasks at once",
            description = "MEMBER, ADMIN or OWNER; 1 to 1,000 tasks, each as POST /projects/{id}/tasks takes it, created all together or none: 400 names every invalid field as items[i].field, 422 a column, assignee, label or WIP limit that refuses. Each goes to the bottom of its column in the order given. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchCreateTasksRequest.class)))
    @ApiResponse(responseCode = "201", description = "All created, in the order given", content = @Content(schema = @Schema(implementation = TasksResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the project's task list"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> createBatch(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                @Parameter(hidden = true) @Body byte[] body,
                                @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                        schema = @Schema(minLength = 1, maxLength = 255))
                                @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<BatchCreateTasksRequest> parsed = JsonBody.read(body, BatchCreateTasksRequest.class);
        ProjectId project = new ProjectId(id);
        var command = parsed.command(fields -> {
            List<CreateTaskRequest> items = fields.items() == null ? List.of() : fields.items();
            return BatchCreateTasksCommand.of(actor, project, items.size(), i -> {
                CreateTaskRequest item = items.get(i);
                return CreateTaskCommand.of(actor, project, item.title(), item.description(), item.columnId(), item.priority(),
                        item.assigneeId(), item.dueDate(), item.labelIds());
            });
        });
        return idempotentRequests.run(request, parsed.canonical(), () -> HttpResponse.created(
                new TasksResponse(batchCreateTasks.create(command).stream().map(TaskWebMapper::toResponse).toList()),
                UriBuilder.of("/api/v1/projects").path(id.toString()).path("tasks").build()));
    }

    @Patch("/projects/{id}/tasks")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Operation(summary = "Change many tasks at once",
            description = "MEMBER, ADMIN or OWNER; 1 to 1,000 ids, one change for all, applied with set-based statements whatever their number. One result per id, repeats included: updated, notFound (unknown, deleted or of another project) or refused with a reason (an id given again: repeats ids[i]) (a column, assignee or label that does not fit; tasks moving into a column past its WIP limit, in the order given).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkUpdateTasksRequest.class)))
    @ApiResponse(responseCode = "200", description = "One result per id", content = @Content(schema = @Schema(implementation = BulkUpdateTasksResponse.class)))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    BulkUpdateTasksResponse bulkUpdate(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                       @Parameter(hidden = true) @Body byte[] body) {
        var command = JsonBody.read(body, BulkUpdateTasksRequest.class).command(fields -> {
            BulkUpdateTasksRequest.Change set = fields.set() == null
                    ? new BulkUpdateTasksRequest.Change(null, PatchField.absent(), null, null, null) : fields.set();
            return BulkUpdateTasksCommand.of(actor, new ProjectId(id), fields.ids(), set.columnId(), set.assigneeId().valueOrNull(),
                    set.assigneeId().isCleared(), set.priority(), set.addLabelIds(), set.removeLabelIds());
        });
        return new BulkUpdateTasksResponse(bulkUpdateTasks.update(command).stream().map(result -> new BulkUpdateTasksResponse.Item(
                result.id().toString(), switch (result.outcome()) {
                    case UPDATED -> "updated";
                    case NOT_FOUND -> "notFound";
                    case REFUSED -> "refused";
                }, result.reason().orElse(null))).toList());
    }

    @Get("/projects/{id}/tasks")
    @Operation(summary = "List a project's tasks",
            description = "Any member. Filters combine (all must hold); each item embeds its assignee and labels. Keyset (cursor) paging by default: ?limit=&cursor=; offset paging when page or size is given. One statement per keyset slice after the visibility check, whatever its size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of tasks, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {TaskPageDocs.CursorPage.class, TaskPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @RequestBean TaskListParameters parameters, @RequestBean Paging paging) {
        ListRequest<TaskListParameters, TaskSortField> list = lists.read(request, parameters, paging);
        TaskListParameters p = list.filter();
        Page<TaskView> found = findTasks.find(new FindTasksQuery(actor, new ProjectId(id), Optional.ofNullable(p.columnId()),
                p.assignee().map(UserId::new), p.unassigned(),
                p.labelId() == null ? Set.of() : p.labelId().stream().map(LabelId::new).collect(Collectors.toSet()),
                p.priority() == null ? Set.of() : Set.copyOf(p.priority()), Optional.ofNullable(p.dueBefore()),
                Optional.ofNullable(p.dueAfter()), Boolean.TRUE.equals(p.overdue()), Optional.ofNullable(p.q()),
                p.deleted() != null, new TaskSort(list.sortField(), list.direction()), list.page()));
        return HttpResponse.ok(lists.respond(list, found.map(TaskWebMapper::toResponse)));
    }

    @Get("/tasks/{id}")
    @Operation(summary = "Get a task", description = "Members of its project only: anyone else gets 404. One statement.")
    @ApiResponse(responseCode = "200", description = "The task", content = @Content(schema = @Schema(implementation = TaskResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<TaskResponse> get(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return ok(findTask.find(new FindTaskQuery(actor, new TaskId(id))));
    }

    @Patch("/tasks/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a task (JSON Merge Patch)",
            description = "MEMBER, ADMIN or OWNER. Absent fields stay; null clears description, assignee and due date, and is refused for title and priority. version and updatedAt advance only when a value changes.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = TaskPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The task after the change", content = @Content(schema = @Schema(implementation = TaskResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<TaskResponse> patch(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                     @Parameter(hidden = true) @Body byte[] body,
                                     @Parameter(description = "The ETag the change is based on; 412 when stale")
                                     @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, TaskPatchRequest.class).command(patch -> UpdateTaskCommand.of(actor, new TaskId(id),
                ETags.expectedVersion(ifMatch).orElse(null),
                patch.title().newValue().orElse(null),
                patch.description().valueOrNull(), patch.description().isCleared(),
                patch.priority().valueOrNull(),
                patch.assigneeId().valueOrNull(), patch.assigneeId().isCleared(),
                patch.dueDate().valueOrNull(), patch.dueDate().isCleared()));
        return ok(updateTask.update(command));
    }

    @Delete("/tasks/{id}")
    @Operation(summary = "Delete a task",
            description = "Soft delete by MEMBER, ADMIN or OWNER; permanent=true (ADMIN or OWNER) removes it for good, also when soft-deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                              @Parameter(description = "true removes the task for good", schema = @Schema(type = "boolean", defaultValue = "false"))
                              @Nullable @QueryValue Boolean permanent,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteTask.delete(new DeleteTaskCommand(actor, new TaskId(id), Boolean.TRUE.equals(permanent), ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    @Post("/tasks/{id}/restore")
    @Operation(summary = "Restore a soft-deleted task",
            description = "MEMBER, ADMIN or OWNER. It returns to its column and place; 422 when that column is at its"
                    + " WIP limit. A live task is returned unchanged. Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "200", description = "The restored task", content = @Content(schema = @Schema(implementation = TaskResponse.class)),
            headers = {@Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response"
                            + " of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> restore(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
            @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                    schema = @Schema(minLength = 1, maxLength = 255))
            @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        var command = new RestoreTaskCommand(actor, new TaskId(id));
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> ok(restoreTask.restore(command)));
    }

    @Post("/tasks/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a task on the board",
            description = "MEMBER, ADMIN or OWNER. Into columnId, right before beforeId or right after afterId (a live task of that column), else at its bottom. The server keeps the order (no positions to send, nothing renumbered); concurrent moves in a column are serialized, so the neighbour asked for is the neighbour when the move commits. Entering a done column sets completedAt, leaving one clears it. 422 for a column of another board, an anchor not in the column, or a column at its WIP limit."
                    + " Idempotent when an Idempotency-Key is sent: the same body and If-Match replay the first"
                    + " response.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveTaskRequest.class)))
    @ApiResponse(responseCode = "200", description = "The task at its new place", content = @Content(schema = @Schema(implementation = TaskResponse.class)),
            headers = {@Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response"
                            + " of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> move(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
            @Parameter(hidden = true) @Body byte[] body,
            @Parameter(description = "The ETag the move is based on; 412 when stale")
            @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                    schema = @Schema(minLength = 1, maxLength = 255))
            @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<MoveTaskRequest> parsed = JsonBody.read(body, MoveTaskRequest.class);
        var command = parsed.command(fields -> MoveTaskCommand.of(actor, new TaskId(id),
                ETags.expectedVersion(ifMatch).orElse(null), fields.columnId(), fields.beforeId(), fields.afterId()));
        return idempotentRequests.run(request, parsed.canonical(), () -> ok(moveTask.move(command)));
    }

    @Put("/tasks/{id}/labels/{labelId}")
    @Operation(summary = "Put a label on a task",
            description = "MEMBER, ADMIN or OWNER; a label of the task's project (422 otherwise). Putting it twice is harmless. Who put it on and when is kept; the task's version advances when its labels change.")
    @ApiResponse(responseCode = "204", description = "The task carries the label")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> putLabel(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable UUID labelId) {
        putTaskLabel.put(new ChangeTaskLabelCommand(actor, new TaskId(id), new LabelId(labelId)));
        return HttpResponse.noContent();
    }

    @Delete("/tasks/{id}/labels/{labelId}")
    @Operation(summary = "Take a label off a task",
            description = "MEMBER, ADMIN or OWNER. Taking off a label the task does not carry is harmless (204).")
    @ApiResponse(responseCode = "204", description = "The task does not carry the label")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> removeLabel(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable UUID labelId) {
        removeTaskLabel.remove(new ChangeTaskLabelCommand(actor, new TaskId(id), new LabelId(labelId)));
        return HttpResponse.noContent();
    }


    private static MutableHttpResponse<TaskResponse> ok(TaskView task) {
        return withETag(HttpResponse.ok(TaskWebMapper.toResponse(task)), task);
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, TaskView task) {
        return response.header(HttpHeaders.ETAG, ETags.of(task.task().version()));
    }
}
