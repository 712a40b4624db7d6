package dev.keel.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A numbered page of a list. */
@Serdeable
// Serde leaves out empty values by default: an empty page must still say "items": [].
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "OffsetPage")
public record OffsetPageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
}
