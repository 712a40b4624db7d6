package dev.keel.domain.work.task;

/** How urgent a task is, in ascending order. */
public enum Priority {
    LOW, MEDIUM, HIGH, URGENT
}
