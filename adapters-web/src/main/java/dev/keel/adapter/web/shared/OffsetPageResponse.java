package dev.keel.adapter.web.shared;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A numbered page of a list. */
@Serdeable
@Schema(name = "OffsetPage")
public record OffsetPageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
}
