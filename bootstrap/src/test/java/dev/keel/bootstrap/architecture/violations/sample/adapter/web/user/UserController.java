package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.UUID;

/**
 * Violates CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES three ways: a domain type as the raw return type
 * ({@link #show}), as the body type of an {@link HttpResponse} ({@link #list}) and as a parameter
 * ({@link #rename}). Runs on the blocking executor, so CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR does not
 * report it. Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/users")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {

    @Get("/{id}")
    public User show(@PathVariable UUID id) {
        return new User(id, "shown");
    }

    @Get
    public HttpResponse<List<User>> list() {
        return HttpResponse.ok(List.of());
    }

    @Post("/rename")
    public UserResponse rename(@Body User user) {
        return new UserResponse(user.id(), user.name());
    }

    @Post
    public UserResponse create(@Body UserRequest request) {
        return new UserResponse(UUID.randomUUID(), request.name());
    }
}
