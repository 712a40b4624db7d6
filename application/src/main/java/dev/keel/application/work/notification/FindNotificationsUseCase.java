package dev.keel.application.work.notification;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.notification.Notification;

public interface FindNotificationsUseCase {

    Page<Notification> find(FindNotificationsQuery query);
}
