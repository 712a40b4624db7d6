package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.CursorCodec;
import dev.keel.adapter.web.shared.CursorPageResponse;
import dev.keel.adapter.web.shared.OffsetPageResponse;
import dev.keel.adapter.web.shared.json.Scalars;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortField;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paging, sorting and cursors for every list endpoint. The endpoint declares its {@link ListOf} record; this turns the request into a {@link ListRequest} (reporting every bad parameter at
 * once) and a found {@link Page} into the response, with a cursor bound to the list, its sort and its filters.
 */
@Singleton
public final class ListRequests {

    private static final Set<String> NOT_FILTERS = Set.of("limit", "cursor", "page", "size", "sort");

    private final CursorCodec cursors;
    private final List<StoreFilterCheck> storeChecks;

    ListRequests(CursorCodec cursors, List<StoreFilterCheck> storeChecks) {
        this.cursors = cursors;
        this.storeChecks = List.copyOf(storeChecks);
    }

    /** Reads a list request from its {@link ListOf} record and its paging; every fault of either is reported at once. */
    @SuppressWarnings("unchecked")
    public <F, S extends Enum<S> & SortField> ListRequest<F, S> read(HttpRequest<?> request, ListParameters<F> parameters,
                                                                    Paging paging) {
        var violations = new Violations();
        Checked<F> checked = check(request, parameters, paging, true, violations);
        if (!violations.all().isEmpty() && checked.filter() != null) {
            // The store's checks of a filter that is otherwise valid: reported now, with the faults found so far.
            storeChecks.forEach(check -> check.faults(parameters).forEach(fault -> violations.add(fault.field(),
                    fault.message())));
        }
        violations.throwIfAny();
        return new ListRequest<>(checked.filter(), (S) checked.order().field(), checked.order().direction(), checked.page(),
                checked.scope());
    }

    /**
     * The faults {@link #read} would report, for records bound from a query that also has faults of its own (values
     * not of their type, unknown parameters): its faulty parameters are null in them. The cursor is judged only when
     * {@code cursorJudgeable}: it belongs to the sort and filters, which must be the ones the client sent.
     */
    List<FieldViolation> faults(HttpRequest<?> request, ListParameters<?> parameters, Paging paging, boolean cursorJudgeable) {
        var violations = new Violations();
        check(request, parameters, paging, cursorJudgeable, violations);
        return violations.all();
    }

    private record Checked<F>(F filter, SortOrder order, PageRequest page, CursorCodec.Scope scope) {
    }

    private <F> Checked<F> check(HttpRequest<?> request, ListParameters<F> parameters, Paging paging, boolean judgeCursor,
                                 Violations violations) {
        ListOf list = listOf(parameters.getClass());
        F validFilter = violations.check(parameters::filter);
        SortOrder order = violations.check(() -> sortOrder(list, parameters.effectiveSort()));
        if (paging.isOffset() && paging.cursor() != null) {
            violations.add("cursor", "cannot be combined with page or size");
        }
        if (paging.isOffset() && paging.limit() != null) {
            violations.add("limit", "cannot be combined with page or size; use size");
        }
        // A cursor belongs to one sort: it can be checked only once the sort is known.
        CursorCodec.Scope scope = order == null ? null
                : CursorCodec.Scope.of(list.name(), owner(request), order.apiForm(), filters(request));
        PageRequest page = violations.check(() -> pageRequest(paging, judgeCursor ? scope : null));
        return new Checked<>(validFilter, order, page, scope);
    }

    static ListOf listOf(Class<?> parameters) {
        ListOf list = parameters.getAnnotation(ListOf.class);
        if (list == null) {
            throw new IllegalArgumentException(parameters + " is not annotated @ListOf");
        }
        return list;
    }

    private static SortOrder sortOrder(ListOf list, @Nullable String sort) {
        try {
            return SortOrder.parse(list, sort);
        } catch (Scalars.InvalidValue e) {
            throw ValidationException.of("sort", e.getMessage());
        }
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

    private PageRequest pageRequest(Paging paging, @Nullable CursorCodec.Scope scope) {
        if (paging.isOffset()) {
            return new PageRequest.Offset(paging.page() == null ? 1 : paging.page(),
                    paging.size() == null ? PageRequest.DEFAULT_SIZE : paging.size());
        }
        int limit = paging.limit() == null ? PageRequest.DEFAULT_SIZE : paging.limit();
        var violations = new Violations();
        violations.check(() -> new PageRequest.Keyset(limit, Optional.empty()));
        var after = Optional.ofNullable(paging.cursor()).filter(cursor -> scope != null)
                .map(cursor -> violations.check(() -> cursors.decode(cursor, scope)));
        violations.throwIfAny();
        return new PageRequest.Keyset(limit, after);
    }

    /**
     * Whose list it is, beside its filters: the route (one list name may serve several, such as a project's search and
     * the caller's), the ids in its path (one project's tasks are not another's) and the caller (whose projects,
     * notifications or search results they are). A cursor is valid only for the list it was returned for.
     */
    private static Map<String, String> owner(HttpRequest<?> request) {
        Map<String, String> owner = new HashMap<>();
        RouteAttributes.getRouteMatch(request).ifPresent(route -> {
            if (route instanceof UriRouteMatch<?, ?> uri) {
                owner.put("route", uri.getRouteInfo().getUriMatchTemplate().toString());
                uri.getVariableValues().forEach((name, value) -> owner.put("path." + name, canonicalId(value)));
            }
        });
        request.getUserPrincipal().ifPresent(caller -> owner.put("caller", caller.getName()));
        return owner;
    }

    /** A path id as the list reads it: an id spelled in upper case is the same id. */
    private static String canonicalId(Object value) {
        String text = String.valueOf(value);
        try {
            return Scalars.uuid(text).toString();
        } catch (Scalars.InvalidValue e) {
            return text;
        }
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
