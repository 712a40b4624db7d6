package dev.keel.application.work.task;

public interface RemoveTaskLabelUseCase {

    void remove(ChangeTaskLabelCommand command);
}
