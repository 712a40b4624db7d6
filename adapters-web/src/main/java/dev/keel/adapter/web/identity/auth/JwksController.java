package dev.keel.adapter.web.identity.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/** The public keys that verify access tokens, at the API's path and at the conventional root path. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Authentication")
public class JwksController {

    private final JwtKeys keys;

    JwksController(JwtKeys keys) {
        this.keys = keys;
    }

    @Get(uris = {"/api/v1/.well-known/jwks.json", "/.well-known/jwks.json"})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "")
    @Operation(summary = "The JSON Web Key Set of the keys that verify access tokens")
    @ApiResponse(responseCode = "200", description = "JWKS (RFC 7517)", content = @Content(schema = @Schema(type = "object")))
    HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(keys.jwks()).header("Cache-Control", "max-age=300");
    }
}
