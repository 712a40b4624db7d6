package dev.keel.adapter.web.shared;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; micronaut-openapi writes the document at build time. */
@OpenAPIDefinition(info = @Info(title = "Keel", version = "1",
        description = "Keel's HTTP API. Errors are RFC 9457 application/problem+json documents; see docs/api.md."
                + " Sign in at POST /api/v1/auth/token and send the access token as Authorization: Bearer <token>."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from POST /api/v1/auth/token (15 minutes; renew at POST /api/v1/auth/refresh)")
final class ApiDefinition {

    private ApiDefinition() {
    }
}
