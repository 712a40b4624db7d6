package dev.keel.domain.work.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** A project's board: its columns, kept in position order whatever order they are given in. */
public record Board(UUID id, ProjectId projectId, List<BoardColumn> columns) {

    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        columns = columns.stream().sorted(java.util.Comparator.comparingInt(BoardColumn::position)).toList();
        if (columns.stream().map(BoardColumn::position).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("column positions must be distinct on a board");
        }
        if (columns.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("column names must be unique on a board");
        }
    }

    /** The board every new project starts with: "To Do", "In Progress" and "Done" (the last one done). */
    public static Board standard(ProjectId projectId, Supplier<UUID> ids) {
        return new Board(ids.get(), projectId, List.of(
                new BoardColumn(ids.get(), "To Do", 0, false, Optional.empty()),
                new BoardColumn(ids.get(), "In Progress", 1, false, Optional.empty()),
                new BoardColumn(ids.get(), "Done", 2, true, Optional.empty())));
    }
}
