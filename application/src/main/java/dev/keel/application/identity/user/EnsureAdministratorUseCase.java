package dev.keel.application.identity.user;

public interface EnsureAdministratorUseCase {

    /** True when the administrator was created; false when a live user had the e-mail (left unchanged). */
    boolean ensure(EnsureAdministratorCommand command);
}
