package dev.keel.adapter.web.identity.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /auth/refresh. */
@Schema(name = "RefreshRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = "refreshToken")
public record RefreshRequest(@Schema(description = "The refresh token of the last sign-in or refresh; used up by this call") String refreshToken) {
}
