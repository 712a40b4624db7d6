package dev.keel.domain.work.task;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class RanksTest {

    @Test
    void aNewTaskGoesOneGapBelowTheLowestTaskOfItsColumn() {
        assertThat(Ranks.after(OptionalLong.empty())).isEqualTo(Ranks.GAP);
        assertThat(Ranks.after(OptionalLong.of(5 * Ranks.GAP))).isEqualTo(6 * Ranks.GAP);
    }

    @Test
    void aPlacedTaskTakesTheMidpointStrictlyBetweenItsNeighbours() {
        assertThat(Ranks.between(OptionalLong.of(10), 20)).hasValue(15);
        assertThat(Ranks.between(OptionalLong.empty(), Ranks.GAP)).hasValue(Ranks.GAP / 2);
        assertThat(Ranks.between(OptionalLong.of(10), 12)).hasValue(11);
    }

    @Test
    void adjacentNeighboursLeaveNoRoom() {
        assertThat(Ranks.between(OptionalLong.of(10), 11)).isEmpty();
        assertThat(Ranks.between(OptionalLong.empty(), 1)).isEmpty();
    }

    @Test
    void aGapHoldsAboutTwentyPlacementsAtOneSpot() {
        long upper = Ranks.GAP;
        int placements = 0;
        for (OptionalLong next = Ranks.between(OptionalLong.empty(), upper); next.isPresent();
             next = Ranks.between(OptionalLong.empty(), upper)) {
            upper = next.getAsLong();
            placements++;
        }
        assertThat(placements).isEqualTo(20);
    }
}
