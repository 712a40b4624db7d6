package dev.keel.domain.work.project;

/** How many live tasks a project has in columns that are not done ({@code open}) and in done columns ({@code done}). */
public record TaskCounts(long open, long done) {

    public static final TaskCounts NONE = new TaskCounts(0, 0);

    public TaskCounts {
        if (open < 0 || done < 0) {
            throw new IllegalArgumentException("task counts must not be negative");
        }
    }
}
