package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Violates MAPPED_ENTITIES_ARE_NOT_PUBLIC. */
@MappedEntity("sample_public_user")
public record PublicUserRow(@Id UUID id, String name) {
}
