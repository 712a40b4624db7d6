package dev.keel.adapter.web.identity.auth;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.IdempotentRequests;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.json.JsonBody;
import dev.keel.application.identity.auth.FindSessionsQuery;
import dev.keel.application.identity.auth.FindSessionsUseCase;
import dev.keel.application.identity.auth.IssuedTokens;
import dev.keel.application.identity.auth.RefreshSessionCommand;
import dev.keel.application.identity.auth.RefreshSessionUseCase;
import dev.keel.application.identity.auth.RevokeSessionCommand;
import dev.keel.application.identity.auth.RevokeSessionUseCase;
import dev.keel.application.identity.auth.SignInCommand;
import dev.keel.application.identity.auth.SignInUseCase;
import dev.keel.application.identity.auth.SignOutCommand;
import dev.keel.application.identity.auth.SignOutUseCase;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Sign-in, token refresh, logout and the caller's sessions. */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Authentication")
public class AuthController {

    private static final String BEARER = "Bearer";
    /** Why sign-in and refresh take no Idempotency-Key: replaying their answer would mean storing it. */
    private static final String CREDENTIALS_NOT_STORED = "the response carries credentials, which are never stored"
            + " for a replay; retry without a key";

    private final SignInUseCase signIn;
    private final RefreshSessionUseCase refresh;
    private final SignOutUseCase signOut;
    private final FindSessionsUseCase findSessions;
    private final RevokeSessionUseCase revokeSession;
    private final IdempotentRequests idempotentRequests;

    AuthController(SignInUseCase signIn, RefreshSessionUseCase refresh, SignOutUseCase signOut,
                   FindSessionsUseCase findSessions, RevokeSessionUseCase revokeSession,
                   IdempotentRequests idempotentRequests) {
        this.signIn = signIn;
        this.refresh = refresh;
        this.signOut = signOut;
        this.findSessions = findSessions;
        this.revokeSession = revokeSession;
        this.idempotentRequests = idempotentRequests;
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirement(name = "")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in", description = "Unknown e-mail, wrong password, suspended or deleted user: the same 401."
            + " After 5 failures for an e-mail (or 50 from a client address) within 15 minutes: 429 with Retry-After."
            + " Takes no Idempotency-Key (400): the tokens are never stored for a replay; a retry opens another"
            + " session.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignInRequest.class)))
    @ApiResponse(responseCode = "200", description = "A new session's tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.Unauthorized
    @ApiProblems.TooManyRequests
    HttpResponse<TokenResponse> token(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        SignInRequest fields = JsonBody.read(body, SignInRequest.class).value();
        idempotentRequests.refuseKey(request, CREDENTIALS_NOT_STORED);
        String address = request.getRemoteAddress().getAddress() == null ? null
                : request.getRemoteAddress().getAddress().getHostAddress();
        IssuedTokens tokens = signIn.signIn(new SignInCommand(fields.email(), fields.password(),
                request.getHeaders().get(HttpHeaders.USER_AGENT), address));
        return noStore(HttpResponse.ok(toResponse(tokens)));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirement(name = "")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a refresh token for a new pair",
            description = "The refresh token is used up. Presenting one that was already used revokes its whole"
                    + " session. Takes no Idempotency-Key (400): the tokens are never stored for a replay.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RefreshRequest.class)))
    @ApiResponse(responseCode = "200", description = "The session's next tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiProblems.Common
    @ApiProblems.WithBody
    @ApiProblems.Unauthorized
    HttpResponse<TokenResponse> refresh(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        RefreshRequest fields = JsonBody.read(body, RefreshRequest.class).value();
        idempotentRequests.refuseKey(request, CREDENTIALS_NOT_STORED);
        return noStore(HttpResponse.ok(toResponse(refresh.refresh(new RefreshSessionCommand(fields.refreshToken())))));
    }

    @Post("/logout")
    @Operation(summary = "Sign out", description = "Revokes the caller's session: its refresh tokens stop working at once,"
            + " its access tokens at their expiry (at most 15 minutes). Idempotent when an Idempotency-Key is sent.")
    @ApiResponse(responseCode = "204", description = "Signed out", headers = @Header(name = "Idempotent-Replayed",
            description = "true when this is the stored response of an earlier request with the same Idempotency-Key"))
    @ApiProblems.Common
    @ApiProblems.Conflict
    @ApiProblems.BusinessRule
    @ApiProblems.Unauthorized
    HttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication,
            @Parameter(description = "Makes retries safe: 1 to 255 printable ASCII characters, no spaces",
                    schema = @Schema(minLength = 1, maxLength = 255))
            @Nullable @io.micronaut.http.annotation.Header(IdempotentRequests.KEY_HEADER) String idempotencyKey) {
        var command = new SignOutCommand(Actors.of(authentication));
        return idempotentRequests.run(request, IdempotentRequests.NO_BODY, () -> {
            signOut.signOut(command);
            return HttpResponse.noContent();
        });
    }

    @Get("/sessions")
    @Operation(summary = "The caller's active sessions", description = "Most recently used first.")
    @ApiResponse(responseCode = "200", description = "Sessions",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = SessionResponse.class))))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    List<SessionResponse> sessions(@Nullable Authentication authentication) {
        return findSessions.find(new FindSessionsQuery(Actors.of(authentication))).stream()
                .map(AuthController::toResponse).toList();
    }

    @Delete("/sessions/{id}")
    @Operation(summary = "Revoke one of the caller's sessions", description = "404 for an unknown session or another user's.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<Void> revoke(@Nullable Authentication authentication, @PathVariable UUID id) {
        revokeSession.revoke(new RevokeSessionCommand(Actors.of(authentication), new SessionId(id)));
        return HttpResponse.noContent();
    }

    private static TokenResponse toResponse(IssuedTokens tokens) {
        return new TokenResponse(tokens.accessToken(), BEARER, tokens.accessTokenLifetime().toSeconds(),
                tokens.refreshToken());
    }

    private static SessionResponse toResponse(Session session) {
        return new SessionResponse(session.id().toString(), Timestamps.format(session.createdAt()),
                Timestamps.format(session.lastUsedAt()), session.userAgent().orElse(null));
    }

    /** Tokens must not be kept by caches (RFC 6749, section 5.1). */
    private static <T> HttpResponse<T> noStore(io.micronaut.http.MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
