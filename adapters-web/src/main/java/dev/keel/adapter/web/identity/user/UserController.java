package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.identity.auth.Actors;
import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.adapter.web.shared.json.PatchField;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.user.CreateUserCommand;
import dev.keel.application.identity.user.CreateUserUseCase;
import dev.keel.application.identity.user.DeleteUserCommand;
import dev.keel.application.identity.user.DeleteUserUseCase;
import dev.keel.application.identity.user.FindUserQuery;
import dev.keel.application.identity.user.FindUserUseCase;
import dev.keel.application.identity.user.FindUsersQuery;
import dev.keel.application.identity.user.FindUsersUseCase;
import dev.keel.application.identity.user.RestoreUserCommand;
import dev.keel.application.identity.user.RestoreUserUseCase;
import dev.keel.application.identity.user.UpdateUserCommand;
import dev.keel.application.identity.user.UpdateUserUseCase;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.shared.paging.Page;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

import static dev.keel.adapter.web.shared.json.PatchField.MERGE_PATCH_JSON;

/** The users resource. Blocking JDBC work: runs on the blocking executor (virtual threads), never the event loop. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Users")
public class UserController {

    private final CreateUserUseCase createUser;
    private final FindUserUseCase findUser;
    private final FindUsersUseCase findUsers;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final RestoreUserUseCase restoreUser;
    private final ListRequests lists;
    private final IdempotentRequests idempotentRequests;

    UserController(CreateUserUseCase createUser, FindUserUseCase findUser, FindUsersUseCase findUsers,
                   UpdateUserUseCase updateUser, DeleteUserUseCase deleteUser, RestoreUserUseCase restoreUser,
                   ListRequests lists,
                   IdempotentRequests idempotentRequests) {
        this.createUser = createUser;
        this.findUser = findUser;
        this.findUsers = findUsers;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.restoreUser = restoreUser;
        this.lists = lists;
        this.idempotentRequests = idempotentRequests;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    // Anonymous sign-up, or an administrator's token for other roles and closed sign-up: the token is optional.
    @SecurityRequirement(name = "")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user (sign-up)", description = "Without a token (sign-up, unless KEEL_SIGNUP=closed) or with a member's: a MEMBER. Other roles, or any user while sign-up is closed, need an administrator's token. Idempotent when an Idempotency-Key is sent: the first response is replayed for 24 h.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateUserRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserResponse.class)),
            headers = {@Header(name = "Location", description = "URL of the new user"),
                    @Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> create(HttpRequest<?> request, @Nullable Authentication authentication, @Parameter(hidden = true) @Body byte[] body,
                           @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                                   schema = @Schema(minLength = 1, maxLength = 255))
                           @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        JsonBody<CreateUserRequest> parsed = JsonBody.read(body, CreateUserRequest.class);
        var command = parsed.command(fields -> CreateUserCommand.of(Actors.optional(authentication), fields.email(), fields.name(),
                fields.password(), fields.role()));
        return idempotentRequests.run(request, parsed.canonical(), () -> {
            User user = createUser.create(command);
            return withETag(HttpResponse.created(UserWebMapper.toResponse(user),
                    UriBuilder.of("/api/v1/users").path(user.id().toString()).build()), user.version());
        });
    }

    @Get("/{id}")
    @Operation(summary = "Get a live user")
    @ApiResponse(responseCode = "200", description = "The user", content = @Content(schema = @Schema(implementation = UserResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<UserResponse> get(@Nullable Authentication authentication, @PathVariable UUID id) {
        UserProfile user = findUser.find(new FindUserQuery(Actors.of(authentication), new UserId(id)));
        return withETag(HttpResponse.ok(UserWebMapper.toResponse(user)), user.version());
    }

    @Get
    @Operation(summary = "List users",
            description = "Keyset (cursor) paging by default: ?limit=&cursor=. Offset paging when page or size is given: ?page=&size=.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of users, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {UserPageDocs.CursorPage.class, UserPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication, @RequestBean UserListParameters parameters, @RequestBean Paging paging) {
        ListRequest<UserFilter, UserSortField> list = lists.read(request, parameters, paging);
        Page<UserProfile> found = findUsers.find(new FindUsersQuery(Actors.of(authentication), list.filter(), new UserSort(list.sortField(),
                list.direction()), list.page()));
        return HttpResponse.ok(lists.respond(list, found.map(UserWebMapper::toResponse)));
    }

    @Patch("/{id}")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a user (JSON Merge Patch)",
            description = "Absent fields stay as they are; null is refused (no user field is optional). version and updatedAt advance only when a value changes.")
    @RequestBody(required = true, content = {@Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = UserPatchRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserPatchRequest.class))})
    @ApiResponse(responseCode = "200", description = "The user after the change", content = @Content(schema = @Schema(implementation = UserResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    @ApiProblems.TooManyRequests
    HttpResponse<UserResponse> patch(@Nullable Authentication authentication, @PathVariable UUID id,
                                     @Parameter(hidden = true) @Body byte[] body,
                                     @Parameter(description = "The ETag the change is based on; 412 when stale")
                                     @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        var command = JsonBody.read(body, UserPatchRequest.class).command(patch -> UpdateUserCommand.of(Actors.of(authentication),
                new UserId(id), ETags.expectedVersion(ifMatch).orElse(null), patch.email().valueOrNull(), patch.name().valueOrNull(),
                patch.role().valueOrNull(), patch.status().valueOrNull(), patch.password().valueOrNull(),
                patch.currentPassword().valueOrNull()));
        User user = updateUser.update(command);
        return withETag(HttpResponse.ok(UserWebMapper.toResponse(user)), user.version());
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a user", description = "Soft delete by default; permanent=true removes the row, also of a"
            + " soft-deleted user. 409 user-owns-projects while the user owns a project (transfer or delete it first);"
            + " 409 user-owns-accounts while they own a ledger account, open or closed (accounts never change owner:"
            + " such a user can only be soft-deleted).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.PreconditionFailed
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> delete(@Nullable Authentication authentication, @PathVariable UUID id,
                              @Parameter(description = "true removes the row for good", schema = @Schema(type = "boolean", defaultValue = "false"))
                              @Nullable @QueryValue Boolean permanent,
                              @Parameter(description = "The ETag the deletion is based on; 412 when stale")
                              @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteUser.delete(new DeleteUserCommand(Actors.of(authentication), new UserId(id), Boolean.TRUE.equals(permanent),
                ETags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    @Post("/{id}/restore")
    @Operation(summary = "Restore a soft-deleted user",
            description = "A live user is returned unchanged. Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "200", description = "The restored user", content = @Content(schema = @Schema(implementation = UserResponse.class)),
            headers = {@Header(name = "ETag", description = "The version, quoted"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored response"
                            + " of an earlier request with the same Idempotency-Key")})
    @ApiProblems.Common
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<?> restore(HttpRequest<?> request, @Nullable Authentication authentication, @PathVariable UUID id,
            @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                    schema = @Schema(minLength = 1, maxLength = 255))
            @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        var command = new RestoreUserCommand(Actors.of(authentication), new UserId(id));
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> {
            User user = restoreUser.restore(command);
            return withETag(HttpResponse.ok(UserWebMapper.toResponse(user)), user.version());
        });
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, ETags.of(version));
    }
}
