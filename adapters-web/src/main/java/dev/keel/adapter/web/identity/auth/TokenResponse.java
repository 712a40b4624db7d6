package dev.keel.adapter.web.identity.auth;

import io.swagger.v3.oas.annotations.media.Schema;

@io.micronaut.serde.annotation.Serdeable
@Schema(name = "Tokens", requiredProperties = {"accessToken", "tokenType", "expiresIn", "refreshToken"})
public record TokenResponse(@Schema(description = "RS256 JWT; send as Authorization: Bearer <accessToken>") String accessToken,
                            @Schema(allowableValues = "Bearer") String tokenType,
                            @Schema(description = "Seconds until the access token expires") long expiresIn,
                            @Schema(description = "Opaque; exchange at POST /api/v1/auth/refresh (once)") String refreshToken) {
}
