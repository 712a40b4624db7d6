package dev.keel.bootstrap.architecture.violations.sample.application.identity.user;

/** Breaks COMMANDS_AND_QUERIES_ARE_RECORDS: a command that is a class. */
public final class RenameUserCommand {
}
