package dev.keel.adapter.web.work.notification;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.notification.FindNotificationsQuery;
import dev.keel.application.work.notification.FindNotificationsUseCase;
import dev.keel.domain.work.notification.Notification;
import dev.keel.domain.work.notification.NotificationSortField;
import dev.keel.domain.work.project.ProjectId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/** The signed-in user's notifications. */
@Controller("/api/v1/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
public class NotificationController {

    private final FindNotificationsUseCase findNotifications;
    private final ListRequests lists;

    NotificationController(FindNotificationsUseCase findNotifications, ListRequests lists) {
        this.findNotifications = findNotifications;
        this.lists = lists;
    }

    @Get
    @Operation(summary = "List the caller's notifications", description = "Newest first; keyset (cursor) paging by default, offset paging with page/size.")
    @ApiResponse(responseCode = "200", description = "A CursorPage of notifications, or an OffsetPage with page/size",
            content = @Content(schema = @Schema(oneOf = {NotificationPageDocs.CursorPage.class, NotificationPageDocs.OffsetPage.class})))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    HttpResponse<?> list(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                         @RequestBean NotificationListParameters parameters, @RequestBean Paging paging) {
        ListRequest<Object, NotificationSortField> list = lists.read(request, parameters, paging);
        return HttpResponse.ok(lists.respond(list, findNotifications.find(new FindNotificationsQuery(actor, list.page()))
                .map(NotificationController::toResponse)));
    }

    private static NotificationResponse toResponse(Notification notification) {
        return new NotificationResponse(notification.id().toString(), notification.kind().name(),
                notification.projectId().map(ProjectId::toString).orElse(null), notification.message(),
                Timestamps.format(notification.createdAt()));
    }
}
