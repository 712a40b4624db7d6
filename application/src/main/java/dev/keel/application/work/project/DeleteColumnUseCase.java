package dev.keel.application.work.project;

public interface DeleteColumnUseCase {

    void delete(DeleteColumnCommand command);
}
