package dev.keel.bootstrap.architecture.violations.sample.domain.user;

import java.sql.Timestamp;

/** Violates CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS: the domain uses JDBC (java.sql). */
public record UserRenamedAt(Timestamp at) {
}
