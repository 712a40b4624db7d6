package dev.keel.application.work.task;

public interface PutTaskLabelUseCase {

    void put(ChangeTaskLabelCommand command);
}
