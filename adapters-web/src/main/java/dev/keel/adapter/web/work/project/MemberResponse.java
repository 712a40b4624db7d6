package dev.keel.adapter.web.work.project;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "ProjectMember", requiredProperties = {"userId", "name", "email", "role", "addedAt"})
public record MemberResponse(
        @Schema(format = "uuid") String userId,
        @Schema(example = "Ada Lovelace") String name,
        @Schema(format = "email", example = "ada@example.com") String email,
        @Schema(allowableValues = {"OWNER", "ADMIN", "MEMBER", "VIEWER"}) String role,
        @Schema(format = "date-time", example = "2026-11-21T10:15:30.123456Z") String addedAt) {
}
