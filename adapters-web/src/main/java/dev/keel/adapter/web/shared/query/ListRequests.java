package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.CursorCodec;
import dev.keel.adapter.web.shared.CursorPageResponse;
import dev.keel.adapter.web.shared.OffsetPageResponse;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Paging, sorting and cursors for every list endpoint. The endpoint declares its filter record and a
 * {@link ListDefinition}; this turns the request into a {@link ListRequest} (reporting every bad parameter at
 * once) and a found {@link Page} into the response, with a cursor bound to the list, its sort and its filters.
 */
@Singleton
public final class ListRequests {

    private static final Set<String> NOT_FILTERS = Set.of("limit", "cursor", "page", "size", "sort");

    private final CursorCodec cursors;

    ListRequests(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /**
     * @param sort   the raw {@code sort} parameter: {@code <field>[,asc|,desc]} from the definition's whitelist
     * @param filter builds the domain filter; its {@link ValidationException} is reported with the rest
     */
    public <F, S extends Enum<S> & SortField> ListRequest<F, S> read(HttpRequest<?> request, ListDefinition<S> list,
                                                                    @Nullable String sort, Paging paging,
                                                                    Supplier<F> filter) {
        var violations = new Violations();
        F validFilter = violations.check(filter);
        S field = list.defaultSort();
        SortDirection direction = field.defaultDirection();
        if (sort != null) {
            String[] parts = sort.split(",", -1);
            Optional<S> named = Arrays.stream(list.sortFields().getEnumConstants())
                    .filter(candidate -> candidate.apiName().equals(parts[0])).findFirst();
            if (named.isEmpty() || parts.length > 2) {
                violations.add("sort", "must be one of " + Arrays.stream(list.sortFields().getEnumConstants())
                        .map(SortField::apiName).collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc");
            } else {
                field = named.get();
                direction = parts.length == 1 ? field.defaultDirection() : switch (parts[1]) {
                    case "asc" -> SortDirection.ASC;
                    case "desc" -> SortDirection.DESC;
                    default -> {
                        violations.add("sort", "direction must be asc or desc");
                        yield direction;
                    }
                };
            }
        }
        if (paging.isOffset() && paging.cursor() != null) {
            violations.add("cursor", "cannot be combined with page or size");
        }
        if (paging.isOffset() && paging.limit() != null) {
            violations.add("limit", "cannot be combined with page or size; use size");
        }
        CursorCodec.Scope scope = CursorCodec.Scope.of(list.name(), field.apiName() + ","
                + direction.name().toLowerCase(java.util.Locale.ROOT), filters(request));
        PageRequest page = violations.check(() -> pageRequest(paging, scope));
        violations.throwIfAny();
        return new ListRequest<>(validFilter, field, direction, page, scope);
    }

    /** The response body of a found page: a cursor page or an offset page, as the request asked. */
    public Object respond(ListRequest<?, ?> request, Page<?> found) {
        return switch (found) {
            case Page.Keyset<?> slice -> new CursorPageResponse<>(slice.items(),
                    slice.next().map(next -> cursors.encode(request.scope(), next)).orElse(null));
            case Page.Offset<?> numbered -> new OffsetPageResponse<>(numbered.items(), numbered.page(),
                    numbered.size(), numbered.totalItems(), numbered.totalPages());
        };
    }

    private PageRequest pageRequest(Paging paging, CursorCodec.Scope scope) {
        if (paging.isOffset()) {
            return new PageRequest.Offset(paging.page() == null ? 1 : paging.page(),
                    paging.size() == null ? PageRequest.DEFAULT_SIZE : paging.size());
        }
        int limit = paging.limit() == null ? PageRequest.DEFAULT_SIZE : paging.limit();
        var violations = new Violations();
        violations.check(() -> new PageRequest.Keyset(limit, Optional.empty()));
        var after = Optional.ofNullable(paging.cursor()).map(cursor -> violations.check(() -> cursors.decode(cursor, scope)));
        violations.throwIfAny();
        return new PageRequest.Keyset(limit, after);
    }

    /** The list's filters as the client sent them: every query parameter but paging and sort. */
    private static Map<String, String> filters(HttpRequest<?> request) {
        Map<String, String> filters = new HashMap<>();
        request.getParameters().forEach((name, values) -> {
            if (!NOT_FILTERS.contains(name)) {
                filters.put(name, String.join("\u0000", values));
            }
        });
        return filters;
    }
}
