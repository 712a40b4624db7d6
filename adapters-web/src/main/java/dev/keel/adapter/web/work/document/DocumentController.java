package dev.keel.adapter.web.work.document;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.adapter.web.work.task.PersonResponse;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.document.CreateDocumentCommand;
import dev.keel.application.work.document.CreateDocumentUseCase;
import dev.keel.application.work.document.DeleteDocumentCommand;
import dev.keel.application.work.document.DeleteDocumentUseCase;
import dev.keel.application.work.document.FindDocumentQuery;
import dev.keel.application.work.document.FindDocumentUseCase;
import dev.keel.application.work.document.FindDocumentsQuery;
import dev.keel.application.work.document.FindDocumentsUseCase;
import dev.keel.application.work.document.RestoreDocumentCommand;
import dev.keel.application.work.document.RestoreDocumentUseCase;
import dev.keel.application.work.document.UpdateDocumentCommand;
import dev.keel.application.work.document.UpdateDocumentUseCase;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentBody;
import dev.keel.domain.work.document.DocumentFilter;
import dev.keel.domain.work.document.DocumentId;
import dev.keel.domain.work.document.DocumentSort;
import dev.keel.domain.work.document.DocumentSortField;
import dev.keel.domain.work.document.DocumentView;
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
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

/** A project's documents: members read them; MEMBER and above write them. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Documents")
public class DocumentController {

    private final CreateDocumentUseCase createDocument;
    private final FindDocumentUseCase findDocument;
    private final FindDocumentsUseCase findDocuments;
    private final UpdateDocumentUseCase updateDocument;
    private final DeleteDocumentUseCase deleteDocument;
    private final RestoreDocumentUseCase restoreDocument;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    DocumentController(CreateDocumentUseCase createDocument, FindDocumentUseCase findDocument,
                       FindDocumentsUseCase findDocuments, UpdateDocumentUseCase updateDocument,
                       DeleteDocumentUseCase deleteDocument, RestoreDocumentUseCase restoreDocument, ListRequests lists,
                       IdempotentRequests idempotentRequests) {
        this.createDocument = createDocument;
        this.findDocument = findDocument;
        this.findDocuments = findDocuments;
        this.updateDocument = updateDocument;
        this.deleteDocument = deleteDocument;
        this.restoreDocument = restoreDocument;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/projects/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a document", description = "MEMBER, ADMIN or OWNER (VIEWER: 403). Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateDocumentRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DocumentResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new document"), @Header(name = "ETag", description = "The version, quoted"),
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
        JsonBody<CreateDocumentRequest> parsed = JsonBody.read(body, CreateDocumentRequest.class);
        var command = parsed.command(fields -> CreateDocumentCommand.of(actor, new ProjectId(id), fields.title(), fields.body(),
                fields.metadata()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            DocumentView document = createDocument.create(command);
            return withETag(HttpResponse.created(toResponse(document),
                    UriBuilder.of("/api/v1/documents").path(document.document().id().toString()).build()), document);
        });
    }

    @Get("/projects/{id}/documents")
    @Operation(summary = "List a project's documents",
            description = "Any member. Filters combine (all must hold): metadata containment, top-level keys, a SQL/JSON path predicate. Keyset (cursor) paging by default; offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of documents, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {DocumentPageDocs.CursorPage.class, DocumentPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @RequestBean DocumentListParameters parameters, @RequestBean Paging paging) {
        ListRequest<DocumentFilter, DocumentSortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findDocuments.find(new FindDocumentsQuery(actor, new ProjectId(id),
                list.filter(), new DocumentSort(list.sortField(), list.direction()), list.page()))
                .map(DocumentController::toResponse)));
    }

    @Get("/documents/{id}")
    @Operation(summary = "Read a document", description = "Any member of its project.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<DocumentResponse> get(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return ok(findDocument.find(new FindDocumentQuery(actor, new DocumentId(id))));
    }

    @Patch("/documents/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a document (JSON Merge Patch)",
            description = "MEMBER, ADMIN or OWNER. Absent fields stay; null clears body and is refused for title and metadata. Inside metadata the patch applies recursively: {\"metadata\": {\"reviewer\": null}} removes that key only. version and updatedAt advance only when a value changes.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = DocumentPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The document after the change", content = @Content(schema = @Schema(implementation = DocumentResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<DocumentResponse> patch(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                         @Parameter(hidden = true) @Body byte[] body,
                                         @Parameter(description = "The ETag the change is based on; 412 when stale")
                                         @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, DocumentPatchRequest.class).command(patch -> UpdateDocumentCommand.of(actor,
                new DocumentId(id), ETags.expectedVersion(ifMatch).orElse(null), patch.title().valueOrNull(),
                patch.body().valueOrNull(), patch.body().isCleared(), patch.metadata().valueOrNull()));
        return ok(updateDocument.update(command));
    }

    @Delete("/documents/{id}")
    @Operation(summary = "Delete a document",
            description = "Soft delete by MEMBER, ADMIN or OWNER; permanent=true (ADMIN or OWNER) removes it for good, also when soft-deleted. If-Match honoured.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                              @Parameter(description = "true removes the document for good")
                              @Nullable @QueryValue Boolean permanent,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteDocument.delete(new DeleteDocumentCommand(actor, new DocumentId(id), Boolean.TRUE.equals(permanent),
                ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    @Post("/documents/{id}/restore")
    @Operation(summary = "Restore a soft-deleted document",
            description = "MEMBER, ADMIN or OWNER. A live document is returned unchanged."
                    + " Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "200", description = "The restored document", content = @Content(schema = @Schema(implementation = DocumentResponse.class)),
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
        var command = new RestoreDocumentCommand(actor, new DocumentId(id));
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> ok(restoreDocument.restore(command)));
    }

    static DocumentResponse toResponse(DocumentView view) {
        Document document = view.document();
        return new DocumentResponse(document.id().toString(), document.projectId().toString(), document.title().value(),
                document.body().map(DocumentBody::value).orElse(null), document.metadata().fields(),
                view.creator().map(person -> new PersonResponse(person.id().value().toString(), person.name())).orElse(null),
                Timestamps.format(document.createdAt()), Timestamps.format(document.updatedAt()), document.version(),
                document.deletedAt().map(Timestamps::format).orElse(null));
    }

    private static MutableHttpResponse<DocumentResponse> ok(DocumentView document) {
        return withETag(HttpResponse.ok(toResponse(document)), document);
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, DocumentView document) {
        return response.header(HttpHeaders.ETAG, ETags.of(document.document().version()));
    }
}
