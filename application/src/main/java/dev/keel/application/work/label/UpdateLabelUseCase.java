package dev.keel.application.work.label;

import dev.keel.domain.work.label.Label;

public interface UpdateLabelUseCase {

    Label update(UpdateLabelCommand command);
}
