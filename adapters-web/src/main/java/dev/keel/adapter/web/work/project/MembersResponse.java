package dev.keel.adapter.web.work.project;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "ProjectMembers", requiredProperties = {"items"})
public record MembersResponse(@Schema(description = "Oldest membership first") List<MemberResponse> items) {
}
