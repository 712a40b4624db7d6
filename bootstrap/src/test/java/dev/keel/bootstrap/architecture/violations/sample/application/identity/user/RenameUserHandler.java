package dev.keel.bootstrap.architecture.violations.sample.application.identity.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.identity.user.RenameUserUseCase;

/** Breaks USE_CASE_IMPLEMENTATIONS_ARE_NAMED_AFTER_THEIR_USE_CASE: RenameUserUseCase is implemented by RenameUserService. */
public final class RenameUserHandler implements RenameUserUseCase {
}
