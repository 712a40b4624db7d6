package dev.keel.bootstrap.architecture.violations.sample.adapter.web.work.project;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Breaks CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR: {@code @ExecuteOn} is there but names the IO executor.
 * Never a bean: see the package documentation.
 */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@Controller("/architecture-fixtures/projects")
@ExecuteOn(TaskExecutors.IO)
public class ProjectController {
}
