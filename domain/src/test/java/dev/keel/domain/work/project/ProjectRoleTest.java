package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static dev.keel.domain.work.project.ProjectPermission.CHANGE_TASKS;
import static dev.keel.domain.work.project.ProjectPermission.EDIT_PROJECT;
import static dev.keel.domain.work.project.ProjectPermission.MANAGE_BOARD;
import static dev.keel.domain.work.project.ProjectPermission.MANAGE_MEMBERS;
import static dev.keel.domain.work.project.ProjectPermission.OWN;
import static dev.keel.domain.work.project.ProjectPermission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectRoleTest {

    private static Set<ProjectPermission> granted(ProjectRole role) {
        Set<ProjectPermission> granted = EnumSet.noneOf(ProjectPermission.class);
        for (ProjectPermission permission : ProjectPermission.values()) {
            if (role.permits(permission)) {
                granted.add(permission);
            }
        }
        return granted;
    }

    @Test
    void viewersReadMembersAlsoChangeTasksAdminsAlsoManageAndOwnersAlsoOwn() {
        assertThat(granted(ProjectRole.VIEWER)).containsExactly(READ);
        assertThat(granted(ProjectRole.MEMBER)).containsExactly(READ, CHANGE_TASKS);
        assertThat(granted(ProjectRole.ADMIN)).containsExactly(READ, CHANGE_TASKS, MANAGE_BOARD, MANAGE_MEMBERS, EDIT_PROJECT);
        assertThat(granted(ProjectRole.OWNER)).containsExactlyInAnyOrder(ProjectPermission.values());
    }

    @Test
    void aMembershipRefusesWhatItsRoleDoesNotPermitAsForbidden() {
        Membership viewer = new Membership(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                ProjectRole.VIEWER, Instant.parse("2030-01-01T00:00:00Z"));

        assertThatCode(() -> viewer.require(READ)).doesNotThrowAnyException();
        assertThatThrownBy(() -> viewer.require(OWN)).isInstanceOf(ForbiddenException.class)
                .hasMessage("a project viewer may not own");
    }

    @Test
    void theStandardBoardIsToDoInProgressAndDoneWithOnlyTheLastDone() {
        var ids = new java.util.ArrayDeque<UUID>();
        for (int i = 0; i < 4; i++) {
            ids.add(UUID.randomUUID());
        }
        Board board = Board.standard(new ProjectId(UUID.randomUUID()), ids::remove);

        assertThat(board.columns()).extracting(BoardColumn::name).containsExactly("To Do", "In Progress", "Done");
        assertThat(board.columns()).extracting(BoardColumn::position).containsExactly(0, 1, 2);
        assertThat(board.columns()).extracting(BoardColumn::isDone).containsExactly(false, false, true);
        assertThat(ids).isEmpty();
    }
}
