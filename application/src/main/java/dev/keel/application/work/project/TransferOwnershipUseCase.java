package dev.keel.application.work.project;

import dev.keel.domain.work.project.ProjectView;

public interface TransferOwnershipUseCase {

    /** The project under its new owner, and whether the new owner was notified. */
    Transferred transfer(TransferOwnershipCommand command);

    record Transferred(ProjectView project, boolean notified) {
    }
}
