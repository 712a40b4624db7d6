package dev.keel.application.work.project;

import dev.keel.domain.work.project.ProjectMember;

import java.util.List;

public interface FindMembersUseCase {

    List<ProjectMember> find(FindMembersQuery query);
}
