package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.work.project;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Breaks PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS: a public row. */
@MappedEntity("sample_project")
public record ProjectRow(@Id UUID id) {
}
