package dev.keel.application.work.label;

import dev.keel.domain.work.label.Label;

public interface CreateLabelUseCase {

    Label create(CreateLabelCommand command);
}
