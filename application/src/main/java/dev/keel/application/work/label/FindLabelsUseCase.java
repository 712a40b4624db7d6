package dev.keel.application.work.label;

import dev.keel.domain.work.label.Label;

import java.util.List;

public interface FindLabelsUseCase {

    List<Label> find(FindLabelsQuery query);
}
