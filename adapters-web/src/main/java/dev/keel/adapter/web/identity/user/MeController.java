package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.identity.auth.Actors;
import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.ETags;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.identity.user.FindUserQuery;
import dev.keel.application.identity.user.FindUserUseCase;
import dev.keel.domain.identity.user.UserProfile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in caller as a user resource. */
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Users")
public class MeController {

    private final FindUserUseCase findUser;

    MeController(FindUserUseCase findUser) {
        this.findUser = findUser;
    }

    @Get
    @Operation(summary = "The caller", description = "404 when the caller's user was deleted after the token was issued.")
    @ApiResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = UserResponse.class)),
            headers = @Header(name = "ETag", description = "The version, quoted"))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<UserResponse> me(@Nullable Authentication authentication) {
        Actor actor = Actors.of(authentication);
        UserProfile user = findUser.find(new FindUserQuery(actor, actor.userId()));
        return HttpResponse.ok(UserWebMapper.toResponse(user)).header(HttpHeaders.ETAG, ETags.of(user.version()));
    }
}
