package dev.keel.domain.work.project;

import java.util.EnumSet;
import java.util.Set;

/** A member's role in a project and what it permits; each role permits everything the one before it does. */
public enum ProjectRole {
    VIEWER(EnumSet.of(ProjectPermission.READ)),
    MEMBER(EnumSet.of(ProjectPermission.READ, ProjectPermission.CHANGE_TASKS)),
    ADMIN(EnumSet.of(ProjectPermission.READ, ProjectPermission.CHANGE_TASKS, ProjectPermission.MANAGE_BOARD,
            ProjectPermission.MANAGE_MEMBERS, ProjectPermission.EDIT_PROJECT)),
    OWNER(EnumSet.allOf(ProjectPermission.class));

    private final Set<ProjectPermission> permissions;

    ProjectRole(Set<ProjectPermission> permissions) {
        this.permissions = permissions;
    }

    public boolean permits(ProjectPermission permission) {
        return permissions.contains(permission);
    }
}
