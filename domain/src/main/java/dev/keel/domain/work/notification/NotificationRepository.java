package dev.keel.domain.work.notification;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

/** The store of notifications. */
public interface NotificationRepository {

    void add(Notification notification);

    /** The user's notifications, newest first (keyset on creation time and id). */
    Page<Notification> findFor(UserId recipient, PageRequest page);
}
