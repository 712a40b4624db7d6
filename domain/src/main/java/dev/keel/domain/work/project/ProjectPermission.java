package dev.keel.domain.work.project;

/** What a project member may do, granted by their {@link ProjectRole}. */
public enum ProjectPermission {
    /** See the project, its board, tasks and members. */
    READ,
    /** Create and change tasks and the labels on tasks. */
    CHANGE_TASKS,
    /** Manage columns and labels. */
    MANAGE_BOARD,
    /** Add, change and remove members other than the owner. */
    MANAGE_MEMBERS,
    /** Change the project's name, slug and description. */
    EDIT_PROJECT,
    /** Delete, restore and transfer the project. */
    OWN
}
