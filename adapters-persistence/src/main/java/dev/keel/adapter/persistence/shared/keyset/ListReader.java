package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link ListQuery} as the page a {@link PageRequest} asks for, in the caller's transaction: a keyset
 * slice in one statement (one row more than asked tells whether another follows, without a count), an offset
 * page in two (a count, then the rows; none when the page lies past the end).
 */
@Singleton
public final class ListReader {

    private final JdbcOperations jdbc;

    ListReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> Page<T> find(ListQuery query, PageRequest request, RowReader<T> rows) {
        return switch (request) {
            case PageRequest.Keyset keyset -> slice(query, keyset, rows);
            case PageRequest.Offset offset -> page(query, offset, rows);
        };
    }

    private <T> Page.Keyset<T> slice(ListQuery query, PageRequest.Keyset request, RowReader<T> rows) {
        SqlStatement statement = query.slice(request.after(), request.limit() + 1);
        return jdbc.prepareStatement(statement.sql(), ps -> {
            statement.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> items = new ArrayList<>();
                KeysetPosition last = null;
                boolean more = false;
                while (rs.next()) {
                    if (items.size() == request.limit()) {
                        more = true;
                        break;
                    }
                    items.add(rows.read(rs));
                    if (items.size() == request.limit()) {
                        last = query.order().positionOf(rs);
                    }
                }
                return new Page.Keyset<>(items, more ? Optional.of(last) : Optional.empty());
            }
        });
    }

    private <T> Page.Offset<T> page(ListQuery query, PageRequest.Offset request, RowReader<T> rows) {
        SqlStatement count = query.count();
        long total = jdbc.prepareStatement(count.sql(), ps -> {
            count.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (request.offset() >= total) {
            return new Page.Offset<>(List.of(), request.page(), request.size(), total);
        }
        SqlStatement page = query.page(request.offset(), request.size());
        List<T> items = jdbc.prepareStatement(page.sql(), ps -> {
            page.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rs.next()) {
                    read.add(rows.read(rs));
                }
                return read;
            }
        });
        return new Page.Offset<>(items, request.page(), request.size(), total);
    }
}
