package dev.keel.bootstrap.architecture.violations.sample.application.user;

/** Violates COMMANDS_AND_QUERIES_ARE_RECORDS: a command that is a class, not a record. */
public final class CreateUserCommand {

    private final String name;

    public CreateUserCommand(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
