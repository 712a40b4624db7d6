package dev.keel.bootstrap.architecture.violations.sample.domain.identity.user;

import java.sql.Timestamp;
import java.util.UUID;

/** Breaks DOMAIN_DEPENDS_ONLY_ON_THE_JDK: JDBC is part of the JDK but not of the domain. */
public record User(UUID id, Timestamp createdAt) {
}
