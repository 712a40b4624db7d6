package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.project.ColumnDetails;
import dev.keel.application.work.project.CreateColumnCommand;
import dev.keel.application.work.project.CreateColumnUseCase;
import dev.keel.application.work.project.DeleteColumnCommand;
import dev.keel.application.work.project.DeleteColumnUseCase;
import dev.keel.application.work.project.UpdateColumnCommand;
import dev.keel.application.work.project.UpdateColumnUseCase;
import dev.keel.domain.work.project.ProjectId;
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
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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

import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.web.shared.json.PatchField.MERGE_PATCH_JSON;

/** The columns of a project's board: ADMIN and OWNER manage them; the board read shows them. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Board")
public class ColumnController {

    private final CreateColumnUseCase createColumn;
    private final UpdateColumnUseCase updateColumn;
    private final DeleteColumnUseCase deleteColumn;
    private final IdempotentRequests idempotentRequests;

    ColumnController(CreateColumnUseCase createColumn, UpdateColumnUseCase updateColumn, DeleteColumnUseCase deleteColumn,
                     IdempotentRequests idempotentRequests) {
        this.createColumn = createColumn;
        this.updateColumn = updateColumn;
        this.deleteColumn = deleteColumn;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/projects/{id}/columns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a column to the board",
            description = "ADMIN or OWNER. 409 when the board has a column of that name in any case. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateColumnRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ColumnResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new column (for PATCH and DELETE)"), @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> create(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                           @Parameter(hidden = true) @Body byte[] body,
                           @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                   schema = @Schema(minLength = 1, maxLength = 255))
                           @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<CreateColumnRequest> parsed = JsonBody.read(body, CreateColumnRequest.class);
        var command = parsed.command(fields -> CreateColumnCommand.of(actor, new ProjectId(id), fields.name(), fields.position(),
                fields.wipLimit(), fields.isDone()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            ColumnDetails column = createColumn.create(command);
            return withETag(HttpResponse.created(toResponse(column),
                    UriBuilder.of("/api/v1/columns").path(column.column().id().toString()).build()), column);
        });
    }

    @Patch("/columns/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a column (JSON Merge Patch)",
            description = "ADMIN or OWNER. A new position shifts the columns in between; wipLimit null removes the limit (a limit below the current count refuses new tasks only); changing isDone completes or reopens the column's tasks.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = ColumnPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ColumnPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The column after the change", content = @Content(schema = @Schema(implementation = ColumnResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<ColumnResponse> patch(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                       @Parameter(hidden = true) @Body byte[] body,
                                       @Parameter(description = "The ETag the change is based on; 412 when stale")
                                       @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, ColumnPatchRequest.class).command(patch -> UpdateColumnCommand.of(actor, id,
                ETags.expectedVersion(ifMatch).orElse(null), patch.name().valueOrNull(), patch.position().valueOrNull(),
                patch.wipLimit().valueOrNull(), patch.wipLimit().isCleared(), patch.isDone().valueOrNull()));
        ColumnDetails column = updateColumn.update(command);
        return withETag(HttpResponse.ok(toResponse(column)), column);
    }

    @Delete("/columns/{id}")
    @Operation(summary = "Delete a column",
            description = "ADMIN or OWNER. 409 while it holds live tasks, unless moveTasksTo names another column of the board: they go to its bottom in their order (422 past its WIP limit). Deleted tasks go along, or are removed for good without moveTasksTo. The last column stays (422).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                              @Parameter(description = "A column of the same board to move the tasks to") @Nullable @QueryValue UUID moveTasksTo,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteColumn.delete(new DeleteColumnCommand(actor, id, Optional.ofNullable(moveTasksTo), ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    private static ColumnResponse toResponse(ColumnDetails details) {
        var column = details.column();
        return new ColumnResponse(column.id().toString(), details.projectId().toString(), column.name(), column.position(),
                column.isDone(), column.wipLimit().orElse(null), Timestamps.format(details.createdAt()),
                Timestamps.format(details.updatedAt()), details.version());
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, ColumnDetails column) {
        return response.header(HttpHeaders.ETAG, ETags.of(column.version()));
    }
}
