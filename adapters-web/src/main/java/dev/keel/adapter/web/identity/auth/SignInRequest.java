package dev.keel.adapter.web.identity.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /auth/token. */
@Schema(name = "SignInRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"email", "password"})
public record SignInRequest(@Schema(format = "email", maxLength = 254) String email,
                            @Schema(format = "password", maxLength = 128) String password) {
}
