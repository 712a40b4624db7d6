package dev.keel.adapter.web.work.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ProjectStats", requiredProperties = {"openCount", "doneCount", "overdueCount", "byColumn", "byAssignee",
        "byPriority", "averageOpenAgeHours", "completedPerWeek"})
public record ProjectStatsResponse(
        @Schema(description = "Live tasks in columns that are not done") long openCount,
        @Schema(description = "Live tasks in done columns") long doneCount,
        @Schema(description = "Open tasks due before today (UTC)") long overdueCount,
        @Schema(description = "Every column, in board order") List<ColumnCount> byColumn,
        @Schema(description = "By assignee name; assigneeId and name null for the unassigned tasks") List<AssigneeCount> byAssignee,
        @Schema(description = "Every priority, ascending") List<PriorityCount> byPriority,
        @Schema(nullable = true, description = "Mean age of the open tasks; null when there is none") @Nullable Double averageOpenAgeHours,
        @Schema(description = "The last 12 ISO weeks, oldest first, zero-filled") List<WeekCount> completedPerWeek) {

    @Serdeable
    @Schema(name = "ColumnCount")
    public record ColumnCount(@Schema(format = "uuid") String columnId, String name, long count) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AssigneeCount")
    public record AssigneeCount(@Schema(format = "uuid", nullable = true) @Nullable String assigneeId,
                                @Schema(nullable = true) @Nullable String name, long open, long done) {
    }

    @Serdeable
    @Schema(name = "PriorityCount")
    public record PriorityCount(@Schema(allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}) String priority, long open) {
    }

    @Serdeable
    @Schema(name = "WeekCount")
    public record WeekCount(@Schema(format = "date", description = "The Monday the week starts on") String weekStart, long count) {
    }
}
