package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.project.CreateProjectCommand;
import dev.keel.application.work.project.DeleteProjectCommand;
import dev.keel.application.work.project.DeleteProjectUseCase;
import dev.keel.application.work.project.RestoreProjectCommand;
import dev.keel.application.work.project.RestoreProjectUseCase;
import dev.keel.application.work.project.UpdateProjectCommand;
import dev.keel.application.work.project.UpdateProjectUseCase;
import dev.keel.application.work.project.CreateProjectUseCase;
import dev.keel.application.work.project.FindProjectsQuery;
import dev.keel.application.work.project.FindProjectsUseCase;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.project.ProjectFilter;
import dev.keel.domain.work.project.ProjectSort;
import dev.keel.domain.work.project.ProjectSortField;
import io.micronaut.http.annotation.RequestBean;
import dev.keel.application.work.project.FindMembersQuery;
import dev.keel.application.work.project.FindMembersUseCase;
import dev.keel.application.work.project.FindProjectQuery;
import dev.keel.application.work.project.FindProjectUseCase;
import dev.keel.application.work.project.PutMemberCommand;
import dev.keel.application.work.project.PutMemberUseCase;
import dev.keel.application.work.project.RemoveMemberCommand;
import dev.keel.application.work.project.RemoveMemberUseCase;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectView;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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

/** The projects resource: visible to their members only; to anyone else a project does not exist (404). */
@Controller("/api/v1/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Projects")
public class ProjectController {

    private final CreateProjectUseCase createProject;
    private final FindProjectUseCase findProject;
    private final UpdateProjectUseCase updateProject;
    private final DeleteProjectUseCase deleteProject;
    private final RestoreProjectUseCase restoreProject;
    private final FindMembersUseCase findMembers;
    private final PutMemberUseCase putMember;
    private final RemoveMemberUseCase removeMember;
    private final FindProjectsUseCase findProjects;
    private final IdempotentRequests idempotentRequests;
    private final ListRequests lists;

    ProjectController(CreateProjectUseCase createProject, FindProjectUseCase findProject, UpdateProjectUseCase updateProject,
                      DeleteProjectUseCase deleteProject, RestoreProjectUseCase restoreProject, FindMembersUseCase findMembers,
                      PutMemberUseCase putMember, RemoveMemberUseCase removeMember, FindProjectsUseCase findProjects,
                      IdempotentRequests idempotentRequests, ListRequests lists) {
        this.createProject = createProject;
        this.findProject = findProject;
        this.updateProject = updateProject;
        this.deleteProject = deleteProject;
        this.restoreProject = restoreProject;
        this.findMembers = findMembers;
        this.putMember = putMember;
        this.removeMember = removeMember;
        this.findProjects = findProjects;
        this.idempotentRequests = idempotentRequests;
        this.lists = lists;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project",
            description = "The caller becomes its owner. The project, the owner's membership and a board with the columns To Do, In Progress and Done (done) are created together, or none of them. Idempotent when an Idempotency-Key is sent: the first response is replayed for 24 h.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateProjectRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProjectResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new project"),
                    @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    HttpResponse<?> create(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @Parameter(hidden = true) @Body byte[] body,
                           @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                   schema = @Schema(minLength = 1, maxLength = 255))
                           @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<CreateProjectRequest> parsed = JsonBody.read(body, CreateProjectRequest.class);
        var command = parsed.command(fields -> CreateProjectCommand.of(actor, fields.name(), fields.slug(), fields.description()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            ProjectView project = createProject.create(command);
            return withETag(HttpResponse.created(ProjectWebMapper.toResponse(project),
                    UriBuilder.of("/api/v1/projects").path(project.project().id().toString()).build()), project);
        });
    }

    @Get
    @Operation(summary = "List the caller's projects",
            description = "The projects the caller is a member of (with deleted=only: the deleted ones they own). Keyset (cursor) paging by default: ?limit=&cursor=; offset paging when page or size is given. One statement per keyset slice whatever its size; minOpenTasks filters on the per-project task counts.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of projects, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {ProjectPageDocs.CursorPage.class, ProjectPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @RequestBean ProjectListParameters parameters, @RequestBean Paging paging) {
        ListRequest<ProjectFilter, ProjectSortField> list = lists.read(request, parameters, paging);
        Page<ProjectView> found = findProjects.find(new FindProjectsQuery(actor, list.filter(),
                new ProjectSort(list.sortField(), list.direction()), list.page()));
        return HttpResponse.ok(lists.respond(list, found.map(ProjectWebMapper::toResponse)));
    }

    @Get("/{id}")
    @Operation(summary = "Get a project", description = "Members only: anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<ProjectResponse> get(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        ProjectView project = findProject.find(new FindProjectQuery(actor, new ProjectId(id)));
        return withETag(HttpResponse.ok(ProjectWebMapper.toResponse(project)), project);
    }

    @Patch("/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a project (JSON Merge Patch)",
            description = "ADMIN or OWNER. Absent fields stay; null clears the description and is refused for name and slug. version and updatedAt advance only when a value changes.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = ProjectPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The project after the change", content = @Content(schema = @Schema(implementation = ProjectResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<ProjectResponse> patch(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                        @Parameter(hidden = true) @Body byte[] body,
                                        @Parameter(description = "The ETag the change is based on; 412 when stale")
                                        @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, ProjectPatchRequest.class).command(patch -> UpdateProjectCommand.of(actor,
                new ProjectId(id), ETags.expectedVersion(ifMatch).orElse(null), patch.name().valueOrNull(), patch.slug().valueOrNull(),
                patch.description().valueOrNull(), patch.description().isCleared()));
        ProjectView project = updateProject.update(command);
        return withETag(HttpResponse.ok(ProjectWebMapper.toResponse(project)), project);
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a project", description = "OWNER only. Soft delete by default; permanent=true removes it and everything in it, also when soft-deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                              @Parameter(description = "true removes the project and everything in it for good", schema = @Schema(type = "boolean", defaultValue = "false"))
                              @Nullable @QueryValue Boolean permanent,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteProject.delete(new DeleteProjectCommand(actor, new ProjectId(id), Boolean.TRUE.equals(permanent),
                ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    @Post("/{id}/restore")
    @Operation(summary = "Restore a soft-deleted project",
            description = "OWNER only; a live project is returned unchanged; 409 when a live project took its slug"
                    + " meanwhile. Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "200", description = "The restored project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)),
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
        var command = new RestoreProjectCommand(actor, new ProjectId(id));
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> {
            ProjectView project = restoreProject.restore(command);
            return withETag(HttpResponse.ok(ProjectWebMapper.toResponse(project)), project);
        });
    }

    @Get("/{id}/members")
    @Operation(summary = "List a project's members", description = "Any member; oldest membership first, one statement however many.")
    @ApiResponse(responseCode = "200", description = "The members", content = @Content(schema = @Schema(implementation = MembersResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    MembersResponse members(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return new MembersResponse(findMembers.find(new FindMembersQuery(actor, new ProjectId(id))).stream()
                .map(ProjectWebMapper::toResponse).toList());
    }

    @Put("/{id}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member or change their role",
            description = "ADMIN or OWNER. The owner's membership is not changed this way and OWNER is not assigned (422); a user who is unknown or deleted: 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PutMemberRequest.class)))
    @ApiResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    MemberResponse putMember(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable UUID userId,
                             @Parameter(hidden = true) @Body byte[] body) {
        PutMemberRequest fields = JsonBody.read(body, PutMemberRequest.class).value();
        return ProjectWebMapper.toResponse(putMember.put(PutMemberCommand.of(actor, new ProjectId(id), new UserId(userId), fields.role())));
    }

    @Delete("/{id}/members/{userId}")
    @Operation(summary = "Remove a member", description = "ADMIN or OWNER; the owner cannot be removed (422).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> removeMember(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable UUID userId) {
        removeMember.remove(new RemoveMemberCommand(actor, new ProjectId(id), new UserId(userId)));
        return HttpResponse.noContent();
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, ProjectView project) {
        return response.header(HttpHeaders.ETAG, ETags.of(project.project().version()));
    }
}
