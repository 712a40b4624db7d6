package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.work.project;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Breaks MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS: a mapped entity not named *Row. */
@MappedEntity("sample_project_entity")
record ProjectEntity(@Id UUID id) {
}
