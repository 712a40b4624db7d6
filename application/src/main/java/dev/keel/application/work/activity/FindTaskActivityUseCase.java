package dev.keel.application.work.activity;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.activity.ActivityEntry;

public interface FindTaskActivityUseCase {

    Page<ActivityEntry> find(TaskActivityQuery query);
}
