package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Violates MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS: a mapped entity not named *Row. */
@MappedEntity("sample_user_entity")
record UserEntity(@Id UUID id, String name) {
}
