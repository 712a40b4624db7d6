package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Violates CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR: a controller without {@code @ExecuteOn}, whose
 * blocking work would run on the Netty event loop. Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/event-loop")
public class UserEventLoopController {

    @Get
    public UserRequest echo() {
        return new UserRequest("event loop");
    }
}
