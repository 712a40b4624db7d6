package dev.keel.application.work.label;

public interface DeleteLabelUseCase {

    void delete(DeleteLabelCommand command);
}
