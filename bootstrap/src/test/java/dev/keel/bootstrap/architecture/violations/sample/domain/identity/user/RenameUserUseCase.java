package dev.keel.bootstrap.architecture.violations.sample.domain.identity.user;

/** Breaks USE_CASES_ARE_APPLICATION_INTERFACES: an incoming port declared in the domain. */
public interface RenameUserUseCase {
}
