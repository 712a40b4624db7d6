package dev.keel.application.work.project;

import dev.keel.domain.work.project.ProjectMember;

public interface PutMemberUseCase {

    ProjectMember put(PutMemberCommand command);
}
