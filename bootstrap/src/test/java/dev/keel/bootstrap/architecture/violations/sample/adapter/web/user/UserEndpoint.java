package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Violates CONTROLLERS_ARE_WEB_CONTROLLERS: a controller not named *Controller. Never a bean: see the package documentation. */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/endpoint")
public class UserEndpoint {

    @Get
    public UserRequest echo() {
        return new UserRequest("echo");
    }
}
