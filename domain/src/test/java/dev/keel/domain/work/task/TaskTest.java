package dev.keel.domain.work.task;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.WipLimitReachedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final UUID TODO = UUID.randomUUID();
    private static final UUID DONE = UUID.randomUUID();
    private static final UUID SHIPPED = UUID.randomUUID();

    private static Task task(UUID column, boolean done) {
        return Task.create(new TaskId(UUID.randomUUID()), new ProjectId(UUID.randomUUID()), new Task.Placement(column, done, Ranks.GAP),
                new TaskTitle("t"), Optional.empty(), Priority.MEDIUM, Optional.empty(), Optional.empty(),
                new UserId(UUID.randomUUID()), T0);
    }

    @Test
    void aTaskCreatedInADoneColumnIsCompletedThere() {
        assertThat(task(DONE, true).completedAt()).contains(T0);
        assertThat(task(TODO, false).completedAt()).isEmpty();
    }

    @Test
    void enteringADoneColumnCompletesLeavingItReopensAndDoneToDoneKeepsTheTime() {
        Task task = task(TODO, false);
        task.moveTo(new Task.Placement(DONE, true, Ranks.GAP), false, T0.plusSeconds(10));
        assertThat(task.completedAt()).contains(T0.plusSeconds(10));
        task.moveTo(new Task.Placement(SHIPPED, true, Ranks.GAP), true, T0.plusSeconds(20));
        assertThat(task.completedAt()).contains(T0.plusSeconds(10));
        task.moveTo(new Task.Placement(TODO, false, Ranks.GAP), true, T0.plusSeconds(30));
        assertThat(task.completedAt()).isEmpty();
        assertThat(task.hasChanges()).isTrue();
        assertThat(task.updatedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void unchangedFieldsAreNoChange() {
        Task task = task(TODO, false);
        task.retitle(new TaskTitle("t"), T0.plusSeconds(1));
        task.prioritize(Priority.MEDIUM, T0.plusSeconds(1));
        task.assign(Optional.empty(), T0.plusSeconds(1));
        task.scheduleDue(Optional.empty(), T0.plusSeconds(1));
        assertThat(task.hasChanges()).isFalse();
        task.prioritize(Priority.URGENT, T0.plusSeconds(2));
        assertThat(task.hasChanges()).isTrue();
    }

    @Test
    void aColumnAtItsLimitRefusesOneMoreButNotWhatFits() {
        ColumnOccupancy full = new ColumnOccupancy(TODO, "Doing", 1, false, Optional.of(2), 2, OptionalLong.of(Ranks.GAP));
        assertThatThrownBy(full::requireRoomForOneMore).isInstanceOf(WipLimitReachedException.class);
        ColumnOccupancy roomy = new ColumnOccupancy(TODO, "Doing", 1, false, Optional.of(5), 2, OptionalLong.empty());
        roomy.requireRoomFor(3);
        assertThatThrownBy(() -> roomy.requireRoomFor(4)).isInstanceOf(WipLimitReachedException.class);
        assertThat(roomy.bottomRank()).isEqualTo(Ranks.GAP);
    }
}
