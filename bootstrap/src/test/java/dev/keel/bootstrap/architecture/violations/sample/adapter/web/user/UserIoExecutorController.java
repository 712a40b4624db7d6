package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Violates CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR: {@code @ExecuteOn} is present but names the IO
 * executor, not {@link TaskExecutors#BLOCKING}. Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/io-executor")
@ExecuteOn(TaskExecutors.IO)
public class UserIoExecutorController {

    @Get
    public UserRequest echo() {
        return new UserRequest("io executor");
    }
}
