package dev.keel.bootstrap.architecture.violations.sample.bootstrap;

import dev.keel.bootstrap.architecture.violations.sample.domain.identity.user.User;
import dev.keel.bootstrap.architecture.violations.sample.domain.work.project.ProjectRepository;

import java.util.List;
import java.util.UUID;

/** Breaks REPOSITORY_IMPLEMENTATIONS_ARE_PERSISTENCE_ADAPTERS: a repository port implemented outside persistence, named otherwise. */
public final class InMemoryProjectRepository implements ProjectRepository {

    @Override
    public List<UUID> findOwnedBy(User owner) {
        return List.of();
    }
}
