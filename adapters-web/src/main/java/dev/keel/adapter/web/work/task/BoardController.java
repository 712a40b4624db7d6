package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.CursorCodec;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.project.BoardColumnView;
import dev.keel.application.work.project.ColumnTasksQuery;
import dev.keel.application.work.project.ListColumnTasksUseCase;
import dev.keel.application.work.project.ViewBoardQuery;
import dev.keel.application.work.project.ViewBoardUseCase;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortValue;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** A project's board, and the continuation of one of its columns. Members only; anyone else gets 404. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Board")
public class BoardController {

    private final ViewBoardUseCase viewBoard;
    private final ListColumnTasksUseCase listColumnTasks;
    private final CursorCodec cursors;

    BoardController(ViewBoardUseCase viewBoard, ListColumnTasksUseCase listColumnTasks, CursorCodec cursors) {
        this.viewBoard = viewBoard;
        this.listColumnTasks = listColumnTasks;
        this.cursors = cursors;
    }

    @Get("/projects/{id}/board")
    @Operation(summary = "Get a project's board",
            description = "Every column in position order with its live task count and its first tasks in board order; a column with more tasks gives a nextCursor for GET /columns/{id}/tasks. Two SQL statements however many columns, tasks, labels and assignees.")
    @ApiResponse(responseCode = "200", description = "The board", content = @Content(schema = @Schema(implementation = BoardResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    BoardResponse board(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                        @Parameter(description = "Tasks shown per column, 1 to 100", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                        @Nullable @QueryValue Integer tasksPerColumn) {
        List<BoardColumnView> columns = viewBoard.view(new ViewBoardQuery(actor, new ProjectId(id),
                tasksPerColumn == null ? ViewBoardQuery.DEFAULT_TASKS_PER_COLUMN : tasksPerColumn));
        return new BoardResponse(id.toString(), columns.stream().map(column -> new BoardColumnResponse(
                column.id().toString(), column.name(), column.position(), column.isDone(), column.wipLimit().orElse(null),
                column.taskCount(), column.tasks().stream().map(TaskWebMapper::toResponse).toList(),
                column.hasMore() ? cursorAfter(actor, column.id(), column.tasks().getLast()) : null)).toList());
    }

    @Get("/columns/{id}/tasks")
    @Operation(summary = "Continue a column of the board",
            description = "The column's live tasks in board order, keyset-paged: ?limit=&cursor= (the nextCursor of the board or of the previous slice). A cursor of another column is a 400.")
    @ApiResponse(responseCode = "200", description = "A slice of the column", content = @Content(schema = @Schema(implementation = ColumnTasksResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    ColumnTasksResponse columnTasks(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                    @Parameter(description = "1 to 100", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                                    @Nullable @QueryValue Integer limit,
                                    @Parameter(description = "Where the previous slice ended") @Nullable @QueryValue String cursor) {
        int size = limit == null ? ViewBoardQuery.DEFAULT_TASKS_PER_COLUMN : limit;
        OptionalLong after = cursor == null ? OptionalLong.empty() : OptionalLong.of(
                ((SortValue.Integer) cursors.decode(cursor, scope(actor, id)).keys().getFirst()).value());
        List<TaskSummary> found = listColumnTasks.list(new ColumnTasksQuery(actor, id, after, size));
        List<TaskSummary> slice = found.size() > size ? found.subList(0, size) : found;
        return new ColumnTasksResponse(slice.stream().map(TaskWebMapper::toResponse).toList(),
                found.size() > size ? cursorAfter(actor, id, slice.getLast()) : null);
    }

    private String cursorAfter(Actor actor, UUID column, TaskSummary last) {
        return cursors.encode(scope(actor, column),
                KeysetPosition.of(last.id().value(), new SortValue.Integer(last.rank())));
    }

    /** A cursor belongs to one column and caller, as those of ListRequests do: another's does not decode here. */
    private static CursorCodec.Scope scope(Actor actor, UUID column) {
        Map<String, String> owner = Map.of("column", column.toString(), "caller", actor.userId().toString());
        return CursorCodec.Scope.of("column-tasks", owner, "rank", Map.of());
    }
}
