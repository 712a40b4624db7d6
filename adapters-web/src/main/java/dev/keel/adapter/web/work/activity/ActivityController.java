package dev.keel.adapter.web.work.activity;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.adapter.web.work.task.PersonResponse;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.activity.ActivityQuery;
import dev.keel.application.work.activity.FindActivityUseCase;
import dev.keel.application.work.activity.FindTaskActivityUseCase;
import dev.keel.application.work.activity.TaskActivityQuery;
import dev.keel.domain.work.activity.ActivityEntry;
import dev.keel.domain.work.activity.ActivityFilter;
import dev.keel.domain.work.activity.ActivitySortField;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.RequestBean;
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

/** The activity history of projects and tasks: written in the transaction of every change, never changed. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Activity")
public class ActivityController {

    private final FindActivityUseCase findActivity;
    private final FindTaskActivityUseCase findTaskActivity;
    private final ListRequests lists;

    ActivityController(FindActivityUseCase findActivity, FindTaskActivityUseCase findTaskActivity, ListRequests lists) {
        this.findActivity = findActivity;
        this.findTaskActivity = findTaskActivity;
        this.lists = lists;
    }

    @Get("/projects/{id}/activity")
    @Operation(summary = "A project's history",
            description = "Any member. Every change to the project, its members, columns, tasks, label assignments, comments and documents, newest first. Keyset (cursor) paging by default; offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of entries, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {ActivityPageDocs.CursorPage.class, ActivityPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> project(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                            @RequestBean ActivityListParameters parameters, @RequestBean Paging paging) {
        ListRequest<ActivityFilter, ActivitySortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findActivity.find(new ActivityQuery(actor, new ProjectId(id), list.filter(),
                list.page())).map(ActivityController::toResponse)));
    }

    @Get("/tasks/{id}/activity")
    @Operation(summary = "A task's history",
            description = "Any member. The task's changes, its label assignments and its comments' changes, newest first. Keyset (cursor) paging by default; offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of entries, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {ActivityPageDocs.CursorPage.class, ActivityPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    HttpResponse<?> task(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                         @RequestBean TaskActivityParameters parameters, @RequestBean Paging paging) {
        ListRequest<TaskActivityParameters, ActivitySortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findTaskActivity.find(new TaskActivityQuery(actor, new TaskId(id), list.page()))
                .map(ActivityController::toResponse)));
    }

    private static ActivityResponse toResponse(ActivityEntry entry) {
        return new ActivityResponse(entry.id().toString(), entry.projectId().toString(),
                entry.actor().map(person -> new PersonResponse(person.id().value().toString(), person.name())).orElse(null),
                entry.entityType().apiName(), entry.entityId().toString(), entry.action().apiName(), entry.changes(),
                Timestamps.format(entry.at()));
    }
}
