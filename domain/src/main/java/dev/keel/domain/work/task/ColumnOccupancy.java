package dev.keel.domain.work.task;

import dev.keel.domain.work.project.WipLimitReachedException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A board column as task placement needs it, read while its row is locked: its WIP limit and live task count, and the
 * highest rank any of its tasks (live or deleted) holds.
 */
public record ColumnOccupancy(UUID id, String name, int position, boolean isDone, Optional<Integer> wipLimit, long liveTasks,
                              OptionalLong highestRank) {

    public ColumnOccupancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wipLimit, "wipLimit");
        Objects.requireNonNull(highestRank, "highestRank");
    }

    /** Refuses one more live task when the column is at its limit. */
    public void requireRoomForOneMore() {
        requireRoomFor(1);
    }

    /** Refuses {@code more} live tasks when they would take the column past its limit. */
    public void requireRoomFor(long more) {
        if (wipLimit.isPresent() && liveTasks + more > wipLimit.get()) {
            throw new WipLimitReachedException(name, wipLimit.get());
        }
    }

    /** The rank at the bottom of the column. */
    public long bottomRank() {
        return Ranks.after(highestRank);
    }
}
