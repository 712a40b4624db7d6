package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Violates PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS: public, but implements no port. */
public final class UserRowCache {

    private final Map<UUID, String> names = new HashMap<>();

    public String name(UUID id) {
        return names.get(id);
    }
}
