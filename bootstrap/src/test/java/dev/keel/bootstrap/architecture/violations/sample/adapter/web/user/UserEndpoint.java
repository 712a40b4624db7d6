package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Violates CONTROLLERS_ARE_WEB_CONTROLLERS: a controller not named *Controller. Runs on the blocking executor,
 * so CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR does not report it. Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/endpoint")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserEndpoint {

    @Get
    public UserRequest echo() {
        return new UserRequest("echo");
    }
}
