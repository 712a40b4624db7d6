package dev.keel.bootstrap.architecture.violations.sample.adapter.web.identity.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.identity.user.User;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Breaks CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES: takes the aggregate as its body and returns it inside an
 * {@link HttpResponse}. Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/users")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    @Post
    public HttpResponse<User> rename(@Body User user) {
        return HttpResponse.ok(user);
    }
}
