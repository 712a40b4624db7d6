package dev.keel.application.work.task;

public interface DeleteTaskUseCase {

    void delete(DeleteTaskCommand command);
}
