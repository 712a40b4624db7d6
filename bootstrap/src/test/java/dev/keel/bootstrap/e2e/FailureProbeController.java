package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Test-only route that fails the way a bug would, to show what a client sees of an unexpected error. */
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
@Controller("/test/failure")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(env = Environment.TEST)
class FailureProbeController {

    static final String SECRET = "SELECT password_hash FROM app_user";

    @Get
    String fail() {
        throw new IllegalStateException("bug while running " + SECRET);
    }
}
