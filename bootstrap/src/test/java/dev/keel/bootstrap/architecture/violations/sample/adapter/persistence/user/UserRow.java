package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Compliant: a package-private row. */
@MappedEntity("sample_user")
record UserRow(@Id UUID id, String name) {
}
