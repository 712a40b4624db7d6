package dev.keel.application.work.project;

public interface CreateColumnUseCase {

    ColumnDetails create(CreateColumnCommand command);
}
