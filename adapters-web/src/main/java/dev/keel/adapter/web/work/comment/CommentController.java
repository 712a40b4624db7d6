package dev.keel.adapter.web.work.comment;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.comment.DeleteCommentCommand;
import dev.keel.application.work.comment.DeleteCommentUseCase;
import dev.keel.application.work.comment.EditCommentCommand;
import dev.keel.application.work.comment.EditCommentUseCase;
import dev.keel.application.work.comment.FindCommentsQuery;
import dev.keel.application.work.comment.FindCommentsUseCase;
import dev.keel.application.work.comment.FindRevisionsQuery;
import dev.keel.application.work.comment.FindRevisionsUseCase;
import dev.keel.application.work.comment.PostCommentCommand;
import dev.keel.application.work.comment.PostCommentUseCase;
import dev.keel.domain.work.comment.Comment;
import dev.keel.domain.work.comment.CommentId;
import dev.keel.domain.work.comment.CommentSortField;
import dev.keel.domain.work.comment.CommentView;
import dev.keel.domain.work.task.TaskId;
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
import io.micronaut.http.annotation.RequestBean;
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

import java.util.UUID;

import static dev.keel.adapter.web.shared.json.PatchField.MERGE_PATCH_JSON;

/** Comments on tasks: members read them; MEMBER and above write them; only the author edits. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Comments")
public class CommentController {

    private final PostCommentUseCase postComment;
    private final FindCommentsUseCase findComments;
    private final EditCommentUseCase editComment;
    private final DeleteCommentUseCase deleteComment;
    private final FindRevisionsUseCase findRevisions;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    CommentController(PostCommentUseCase postComment, FindCommentsUseCase findComments, EditCommentUseCase editComment,
                      DeleteCommentUseCase deleteComment, FindRevisionsUseCase findRevisions, ListRequests lists,
                      IdempotentRequests idempotentRequests) {
        this.postComment = postComment;
        this.findComments = findComments;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
        this.findRevisions = findRevisions;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/tasks/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a task", description = "MEMBER, ADMIN or OWNER (VIEWER: 403). Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CommentResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new comment"), @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> post(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @Parameter(hidden = true) @Body byte[] body,
                         @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                 schema = @Schema(minLength = 1, maxLength = 255))
                         @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<CommentRequest> parsed = JsonBody.read(body, CommentRequest.class);
        var command = PostCommentCommand.of(actor, new TaskId(id), parsed.value().body());
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            CommentView comment = postComment.post(command);
            return withETag(HttpResponse.created(toResponse(comment),
                    UriBuilder.of("/api/v1/comments").path(comment.comment().id().toString()).build()), comment.comment());
        });
    }

    @Get("/tasks/{id}/comments")
    @Operation(summary = "List a task's comments", description = "Any member; oldest first; keyset (cursor) paging by default, offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of comments, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {CommentPageDocs.CursorPage.class, CommentPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @RequestBean CommentListParameters parameters, @RequestBean Paging paging) {
        ListRequest<CommentListParameters, CommentSortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findComments.find(new FindCommentsQuery(actor, new TaskId(id), list.page()))
                .map(CommentController::toResponse)));
    }

    @Patch("/comments/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a comment", description = "Its author only (403 otherwise). The replaced text is kept: GET /comments/{id}/revisions. If-Match honoured.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = CommentRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentRequest.class))})
    @ApiResponse(responseCode = "200", description = "The comment after the edit", content = @Content(schema = @Schema(implementation = CommentResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<CommentResponse> edit(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                       @Parameter(hidden = true) @Body byte[] body,
                                       @Parameter(description = "The ETag the change is based on; 412 when stale")
                                       @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        CommentRequest fields = JsonBody.read(body, CommentRequest.class).value();
        CommentView comment = editComment.edit(EditCommentCommand.of(actor, new CommentId(id), ETags.expectedVersion(ifMatch).orElse(null),
                fields.body()));
        return withETag(HttpResponse.ok(toResponse(comment)), comment.comment());
    }

    @Delete("/comments/{id}")
    @Operation(summary = "Delete a comment", description = "Soft; its author, or a project ADMIN or OWNER. If-Match honoured.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteComment.delete(new DeleteCommentCommand(actor, new CommentId(id), ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    @Get("/comments/{id}/revisions")
    @Operation(summary = "A comment's earlier texts", description = "Any member; oldest first.")
    @ApiResponse(responseCode = "200", description = "The revisions", content = @Content(schema = @Schema(implementation = RevisionsResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    RevisionsResponse revisions(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return new RevisionsResponse(findRevisions.find(new FindRevisionsQuery(actor, new CommentId(id))).stream()
                .map(revision -> new RevisionsResponse.Revision(revision.body().value(), Timestamps.format(revision.replacedAt())))
                .toList());
    }

    private static CommentResponse toResponse(CommentView view) {
        Comment comment = view.comment();
        return new CommentResponse(comment.id().toString(), comment.taskId().toString(),
                view.author().map(person -> new CommentResponse.Author(person.id().value().toString(), person.name())).orElse(null),
                comment.body().value(), Timestamps.format(comment.createdAt()),
                comment.editedAt().map(Timestamps::format).orElse(null), comment.version());
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, Comment comment) {
        return response.header(HttpHeaders.ETAG, ETags.of(comment.version()));
    }
}
