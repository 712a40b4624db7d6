package dev.keel.bootstrap.architecture.violations.sample.domain.user;

/** Violates USE_CASES_ARE_APPLICATION_INTERFACES: an incoming port declared in the domain. */
public interface RenameUserUseCase {

    User rename(User user, String name);
}
