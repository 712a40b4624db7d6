package dev.keel.bootstrap.architecture.violations.sample.domain.user;

import jakarta.inject.Provider;

/** Violates DOMAIN_DEPENDS_ONLY_ON_THE_JDK: jakarta.inject is allowed in application, not in the domain. */
public final class InjectionAwareUserPolicy {

    private final Provider<User> currentUser;

    public InjectionAwareUserPolicy(Provider<User> currentUser) {
        this.currentUser = currentUser;
    }

    public boolean allows(User user) {
        return currentUser.get().id().equals(user.id());
    }
}
