package dev.keel.bootstrap.architecture.violations.sample.domain.work.project;

import dev.keel.bootstrap.architecture.violations.sample.domain.identity.user.User;

import java.util.List;
import java.util.UUID;

/** Breaks CONTEXTS_USE_ONLY_ID_TYPES_AND_PORTS_OF_OTHER_CONTEXTS: work takes identity's aggregate, not its id. */
public interface ProjectRepository {

    List<UUID> findOwnedBy(User owner);
}
