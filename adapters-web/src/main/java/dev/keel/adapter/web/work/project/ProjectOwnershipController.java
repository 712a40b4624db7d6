package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.project.TransferOwnershipCommand;
import dev.keel.application.work.project.TransferOwnershipUseCase;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.ProjectId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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

/** Handing a project to another of its members. */
@Controller("/api/v1/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Projects")
public class ProjectOwnershipController {

    private final TransferOwnershipUseCase transferOwnership;
    private final IdempotentRequests idempotentRequests;

    ProjectOwnershipController(TransferOwnershipUseCase transferOwnership, IdempotentRequests idempotentRequests) {
        this.transferOwnership = transferOwnership;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/{id}/transfer-ownership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer a project to another member",
            description = "OWNER only. The new owner must be a member (422 otherwise); the old owner becomes ADMIN. The new owner's notification is written behind a savepoint: when it fails, the transfer still commits and notified is false. Idempotent when an Idempotency-Key is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferOwnershipRequest.class)))
    @ApiResponse(responseCode = "200", description = "The project under its new owner",
            content = @Content(schema = @Schema(implementation = TransferOwnershipResponse.class)),
            headers = {@Header(name = "ETag", description = "The project's version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> transfer(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                             @Parameter(hidden = true) @Body byte[] body,
                             @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                     schema = @Schema(minLength = 1, maxLength = 255))
                             @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<TransferOwnershipRequest> parsed = JsonBody.read(body, TransferOwnershipRequest.class);
        if (parsed.value().newOwnerId() == null) {
            throw ValidationException.of("newOwnerId", "must be given");
        }
        var command = new TransferOwnershipCommand(actor, new ProjectId(id), new UserId(parsed.value().newOwnerId()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            TransferOwnershipUseCase.Transferred transferred = transferOwnership.transfer(command);
            return HttpResponse.ok(new TransferOwnershipResponse(ProjectWebMapper.toResponse(transferred.project()), transferred.notified()))
                    .header(HttpHeaders.ETAG, ETags.of(transferred.project().project().version()));
        });
    }
}
