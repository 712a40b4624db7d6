package dev.keel.application.work.project;

public interface UpdateColumnUseCase {

    ColumnDetails update(UpdateColumnCommand command);
}
