package dev.keel.application.work.project;

public interface DeleteProjectUseCase {

    void delete(DeleteProjectCommand command);
}
