package dev.keel.application.work.project;

public interface RemoveMemberUseCase {

    void remove(RemoveMemberCommand command);
}
