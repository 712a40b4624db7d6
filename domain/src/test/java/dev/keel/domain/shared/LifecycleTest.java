package dev.keel.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aNewLifecycleIsLiveAndUnchanged() {
        Lifecycle lifecycle = Lifecycle.startingAt(T0);
        assertThat(lifecycle.isDeleted()).isFalse();
        assertThat(lifecycle.hasChanges()).isFalse();
        assertThat(lifecycle.updatedAt()).isEqualTo(T0);
    }

    @Test
    void softDeleteAndRestoreStampAndRecordTheChange() {
        Lifecycle lifecycle = Lifecycle.startingAt(T0);
        lifecycle.softDelete(T0.plusSeconds(5));
        assertThat(lifecycle.deletedAt()).contains(T0.plusSeconds(5));
        assertThat(lifecycle.hasChanges()).isTrue();
        lifecycle.restore(T0.plusSeconds(9));
        assertThat(lifecycle.isDeleted()).isFalse();
        assertThat(lifecycle.updatedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void deletingTwiceOrRestoringALiveAggregateChangesNothing() {
        Lifecycle live = Lifecycle.stored(T0, T0, null);
        live.restore(T0.plusSeconds(1));
        assertThat(live.hasChanges()).isFalse();
        Lifecycle deleted = Lifecycle.stored(T0, T0, T0);
        deleted.softDelete(T0.plusSeconds(1));
        assertThat(deleted.hasChanges()).isFalse();
        assertThat(deleted.deletedAt()).contains(T0);
    }

    @Test
    void aClockThatStepsBackNeverMovesUpdatedAtBackwards() {
        Lifecycle lifecycle = Lifecycle.stored(T0, T0.plusSeconds(60), null);
        lifecycle.touch(T0.plusSeconds(30));
        assertThat(lifecycle.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(lifecycle.hasChanges()).isTrue();
    }

    @Test
    void updatedAtBeforeCreatedAtIsRefused() {
        assertThatThrownBy(() -> Lifecycle.stored(T0, T0.minusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
