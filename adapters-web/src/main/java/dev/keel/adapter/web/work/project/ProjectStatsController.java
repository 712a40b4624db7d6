package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.project.ProjectStats;
import dev.keel.application.work.project.ProjectStatsQuery;
import dev.keel.application.work.project.ViewProjectStatsUseCase;
import dev.keel.domain.work.project.ProjectId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** A project's task figures. Members only; anyone else gets 404. */
@Controller("/api/v1/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Projects")
public class ProjectStatsController {

    private final ViewProjectStatsUseCase viewStats;

    ProjectStatsController(ViewProjectStatsUseCase viewStats) {
        this.viewStats = viewStats;
    }

    @Get("/{id}/stats")
    @Operation(summary = "Get a project's task figures",
            description = "Computed by PostgreSQL (GROUP BY, FILTER, date_trunc) in one statement after the visibility check.")
    @ApiResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = ProjectStatsResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    ProjectStatsResponse stats(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        ProjectStats stats = viewStats.view(new ProjectStatsQuery(actor, new ProjectId(id)));
        return new ProjectStatsResponse(stats.openCount(), stats.doneCount(), stats.overdueCount(),
                stats.byColumn().stream().map(c -> new ProjectStatsResponse.ColumnCount(c.columnId().toString(), c.name(), c.count())).toList(),
                stats.byAssignee().stream().map(a -> new ProjectStatsResponse.AssigneeCount(
                        a.assigneeId().map(user -> user.value().toString()).orElse(null), a.name().orElse(null), a.open(), a.done())).toList(),
                stats.byPriority().stream().map(p -> new ProjectStatsResponse.PriorityCount(p.priority().name(), p.open())).toList(),
                stats.averageOpenAgeHours().isPresent() ? stats.averageOpenAgeHours().getAsDouble() : null,
                stats.completedPerWeek().stream().map(w -> new ProjectStatsResponse.WeekCount(w.weekStart().toString(), w.count())).toList());
    }
}
