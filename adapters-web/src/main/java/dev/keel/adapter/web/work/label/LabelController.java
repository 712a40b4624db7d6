package dev.keel.adapter.web.work.label;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.label.CreateLabelCommand;
import dev.keel.application.work.label.CreateLabelUseCase;
import dev.keel.application.work.label.DeleteLabelCommand;
import dev.keel.application.work.label.DeleteLabelUseCase;
import dev.keel.application.work.label.FindLabelsQuery;
import dev.keel.application.work.label.FindLabelsUseCase;
import dev.keel.application.work.label.UpdateLabelCommand;
import dev.keel.application.work.label.UpdateLabelUseCase;
import dev.keel.domain.work.label.Label;
import dev.keel.domain.work.label.LabelId;
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

/** A project's labels: members read them, ADMIN and OWNER manage them; anyone else gets 404. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Labels")
public class LabelController {

    private final CreateLabelUseCase createLabel;
    private final FindLabelsUseCase findLabels;
    private final UpdateLabelUseCase updateLabel;
    private final DeleteLabelUseCase deleteLabel;
    private final IdempotentRequests idempotentRequests;

    LabelController(CreateLabelUseCase createLabel, FindLabelsUseCase findLabels, UpdateLabelUseCase updateLabel,
                    DeleteLabelUseCase deleteLabel, IdempotentRequests idempotentRequests) {
        this.createLabel = createLabel;
        this.findLabels = findLabels;
        this.updateLabel = updateLabel;
        this.deleteLabel = deleteLabel;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/projects/{id}/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a label", description = "ADMIN or OWNER. 409 when the project has a label of that name in any case. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateLabelRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LabelResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new label"), @Header(name = "ETag", description = "The version, quoted"),
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
        JsonBody<CreateLabelRequest> parsed = JsonBody.read(body, CreateLabelRequest.class);
        var command = parsed.command(fields -> CreateLabelCommand.of(actor, new ProjectId(id), fields.name(), fields.color()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            Label label = createLabel.create(command);
            return withETag(HttpResponse.created(toResponse(label),
                    UriBuilder.of("/api/v1/labels").path(label.id().toString()).build()), label);
        });
    }

    @Get("/projects/{id}/labels")
    @Operation(summary = "List a project's labels",
            description = "Any member; by name, in one statement. With q: the labels whose name holds q or looks like it (a typo still finds it), best match first.")
    @ApiResponse(responseCode = "200", description = "The labels", content = @Content(schema = @Schema(implementation = LabelsResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    LabelsResponse list(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                        @Parameter(description = "A (possibly misspelt) label name", schema = @Schema(maxLength = 50))
                        @Nullable @QueryValue String q) {
        return new LabelsResponse(findLabels.find(FindLabelsQuery.of(actor, new ProjectId(id), q)).stream()
                .map(LabelController::toResponse).toList());
    }

    @Patch("/labels/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a label (JSON Merge Patch)", description = "ADMIN or OWNER; 409 when another label of the project has the name.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = LabelPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabelPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The label after the change", content = @Content(schema = @Schema(implementation = LabelResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<LabelResponse> patch(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                      @Parameter(hidden = true) @Body byte[] body,
                                      @Parameter(description = "The ETag the change is based on; 412 when stale")
                                      @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, LabelPatchRequest.class).command(patch -> UpdateLabelCommand.of(actor, new LabelId(id),
                ETags.expectedVersion(ifMatch).orElse(null), patch.name().valueOrNull(), patch.color().valueOrNull()));
        Label label = updateLabel.update(command);
        return withETag(HttpResponse.ok(toResponse(label)), label);
    }

    @Delete("/labels/{id}")
    @Operation(summary = "Delete a label", description = "ADMIN or OWNER. The label is removed for good, and from every task that carried it (their versions advance).")
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
        deleteLabel.delete(new DeleteLabelCommand(actor, new LabelId(id), ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    private static LabelResponse toResponse(Label label) {
        return new LabelResponse(label.id().toString(), label.projectId().toString(), label.name().value(),
                label.color().value(), Timestamps.format(label.createdAt()), Timestamps.format(label.updatedAt()), label.version());
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, Label label) {
        return response.header(HttpHeaders.ETAG, ETags.of(label.version()));
    }
}
