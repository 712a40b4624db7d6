package dev.keel.domain.work.project;

import dev.keel.domain.shared.ConflictException;

public final class ProjectSlugTakenException extends ConflictException {

    public ProjectSlugTakenException(ProjectSlug slug) {
        super("slug-taken", "Slug taken", "a live project already has the slug " + slug.value());
    }
}
