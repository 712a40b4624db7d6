package dev.keel.bootstrap.architecture.violations.sample.application.work.project;

import dev.keel.bootstrap.architecture.violations.sample.application.identity.auth.Actor;

/** Not an offender: a command of work that carries identity's Actor, which the context rule allows. */
public record ArchiveProjectCommand(Actor actor, long projectNumber) {
}
