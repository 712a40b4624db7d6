package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectDescription;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectView;

/** Project to its API representation. */
final class ProjectWebMapper {

    private ProjectWebMapper() {
    }

    static ProjectResponse toResponse(ProjectView view) {
        Project project = view.project();
        return new ProjectResponse(project.id().value().toString(), project.name().value(), project.slug().value(),
                project.description().map(ProjectDescription::value).orElse(null), project.ownerId().value().toString(),
                view.taskCounts().open(), view.taskCounts().done(), Timestamps.format(project.createdAt()), Timestamps.format(project.updatedAt()), project.version(),
                project.deletedAt().map(Timestamps::format).orElse(null));
    }

    static MemberResponse toResponse(ProjectMember member) {
        return new MemberResponse(member.userId().value().toString(), member.name(), member.email(), member.role().name(),
                Timestamps.format(member.addedAt()));
    }
}
