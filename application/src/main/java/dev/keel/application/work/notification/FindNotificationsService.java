package dev.keel.application.work.notification;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.notification.Notification;
import dev.keel.domain.work.notification.NotificationRepository;
import jakarta.inject.Singleton;

/** The caller's own notifications, newest first: one statement per slice. */
@Singleton
public final class FindNotificationsService implements FindNotificationsUseCase {

    private final NotificationRepository notifications;
    private final UnitOfWork unitOfWork;

    public FindNotificationsService(NotificationRepository notifications, UnitOfWork unitOfWork) {
        this.notifications = notifications;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<Notification> find(FindNotificationsQuery query) {
        return unitOfWork.read(() -> notifications.findFor(query.actor().userId(), query.page()));
    }
}
