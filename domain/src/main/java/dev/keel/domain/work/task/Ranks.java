package dev.keel.domain.work.task;

import java.util.OptionalLong;

/**
 * Board order within a column: each task has a rank, unique in its column, kept by the server. New ranks are spaced
 * {@link #GAP} apart; a task placed between two others takes the midpoint, so a move renumbers nothing until two
 * neighbours are adjacent, when the column is re-spaced.
 */
public final class Ranks {

    /** 2^20: about twenty placements at one spot before that spot runs out of room. */
    public static final long GAP = 1L << 20;

    private Ranks() {
    }

    /** The rank after the highest one of a column ({@code highest} empty: an empty column). */
    public static long after(OptionalLong highest) {
        return highest.isPresent() ? Math.addExact(highest.getAsLong(), GAP) : GAP;
    }

    /** The midpoint strictly between {@code lower} (empty: the top of the column) and {@code upper}; empty when there is no room. */
    public static OptionalLong between(OptionalLong lower, long upper) {
        long low = lower.isPresent() ? lower.getAsLong() : 0;
        if (upper - low < 2) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(low + (upper - low) / 2);
    }
}
