package dev.keel.bench.floor;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One keyset slice of users and the cursor of the next one, shaped like Keel's pages. */
@Serdeable
public record UserPage(List<UserView> items, String nextCursor) {
}
