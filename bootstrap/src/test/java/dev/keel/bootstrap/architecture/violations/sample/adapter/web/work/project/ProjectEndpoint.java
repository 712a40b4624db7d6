package dev.keel.bootstrap.architecture.violations.sample.adapter.web.work.project;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Breaks CONTROLLERS_ARE_WEB_CONTROLLERS: a controller not named *Controller. Never a bean: see the package documentation. */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/project-endpoint")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProjectEndpoint {
}
