package dev.keel.domain.work.project;

import dev.keel.domain.shared.ForbiddenException;

import java.util.Locale;

public final class ProjectActionForbiddenException extends ForbiddenException {

    public ProjectActionForbiddenException(ProjectRole role, ProjectPermission permission) {
        super("a project " + role.name().toLowerCase(Locale.ROOT) + " may not "
                + permission.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
