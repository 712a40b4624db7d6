package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.CursorCodec;
import dev.keel.application.shared.EnumValues;
import dev.keel.application.shared.Violations;
import dev.keel.application.identity.user.FindUsersQuery;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.identity.user.UserStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The query string of GET /users, parsed and checked as a whole so that every bad parameter is reported. */
record UserListParameters(@Nullable String status,
                          @Nullable String role,
                          @Nullable String q,
                          @Nullable String createdAfter,
                          @Nullable String createdBefore,
                          @Nullable String sort,
                          @Nullable String limit,
                          @Nullable String cursor,
                          @Nullable String page,
                          @Nullable String size,
                          @Nullable String deleted) {

    static final String LIST_NAME = "users";

    FindUsersQuery toQuery(CursorCodec cursors) {
        var violations = new Violations();
        UserFilter.Visibility visibility = "only".equals(deleted) ? UserFilter.Visibility.DELETED_ONLY
                : UserFilter.Visibility.LIVE;
        if (deleted != null && !"only".equals(deleted)) {
            violations.add("deleted", "must be 'only' when given");
        }
        UserStatus validStatus = violations.checkIfPresent(status, s -> EnumValues.parse(UserStatus.class, "status", s));
        Role validRole = violations.checkIfPresent(role, r -> EnumValues.parse(Role.class, "role", r));
        Instant after = violations.checkIfPresent(createdAfter, t -> instant("createdAfter", t));
        Instant before = violations.checkIfPresent(createdBefore, t -> instant("createdBefore", t));
        UserSort validSort = sort == null ? UserSort.DEFAULT : violations.check(() -> sort(sort));
        Integer validLimit = violations.checkIfPresent(limit, l -> integer("limit", l));
        Integer validPage = violations.checkIfPresent(page, p -> integer("page", p));
        Integer validSize = violations.checkIfPresent(size, s -> integer("size", s));
        boolean offsetPaging = page != null || size != null;
        if (offsetPaging && cursor != null) {
            violations.add("cursor", "cannot be combined with page or size");
        }
        if (offsetPaging && limit != null) {
            violations.add("limit", "cannot be combined with page or size; use size");
        }
        UserFilter filter = violations.check(() -> new UserFilter(Optional.ofNullable(validStatus),
                Optional.ofNullable(validRole), Optional.ofNullable(q), Optional.ofNullable(after),
                Optional.ofNullable(before), visibility));
        violations.throwIfAny();
        PageRequest pageRequest = violations.check(() -> offsetPaging
                ? new PageRequest.Offset(validPage == null ? 1 : validPage,
                validSize == null ? PageRequest.DEFAULT_SIZE : validSize)
                : new PageRequest.Keyset(validLimit == null ? PageRequest.DEFAULT_SIZE : validLimit,
                Optional.ofNullable(cursor).map(c -> cursors.decode(c, cursorScope(filter, validSort)))));
        violations.throwIfAny();
        return new FindUsersQuery(filter, validSort, pageRequest);
    }

    /** What a cursor of this list is bound to: the sort and every filter, by its query parameter. */
    static CursorCodec.Scope cursorScope(UserFilter filter, UserSort sort) {
        Map<String, String> filters = new HashMap<>();
        filter.status().ifPresent(value -> filters.put("status", value.name()));
        filter.role().ifPresent(value -> filters.put("role", value.name()));
        filter.text().ifPresent(value -> filters.put("q", value));
        filter.createdAfter().ifPresent(value -> filters.put("createdAfter", value.toString()));
        filter.createdBefore().ifPresent(value -> filters.put("createdBefore", value.toString()));
        if (filter.visibility() == UserFilter.Visibility.DELETED_ONLY) {
            filters.put("deleted", "only");
        }
        return CursorCodec.Scope.of(LIST_NAME, sort.apiForm(), filters);
    }

    static UserSort sort(String raw) {
        String[] parts = raw.split(",", -1);
        Optional<UserSortField> field = UserSortField.fromApiName(parts[0].strip());
        if (field.isEmpty() || parts.length > 2) {
            throw ValidationException.of("sort", "must be one of " + sortFields() + ", optionally followed by ,asc or ,desc");
        }
        if (parts.length == 1) {
            return new UserSort(field.get(), field.get() == UserSortField.CREATED_AT ? SortDirection.DESC : SortDirection.ASC);
        }
        return switch (parts[1].strip()) {
            case "asc" -> new UserSort(field.get(), SortDirection.ASC);
            case "desc" -> new UserSort(field.get(), SortDirection.DESC);
            default -> throw ValidationException.of("sort", "direction must be asc or desc");
        };
    }

    private static String sortFields() {
        return Arrays.stream(UserSortField.values()).map(UserSortField::apiName).collect(Collectors.joining(", "));
    }

    private static Instant instant(String field, String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be an ISO-8601 UTC timestamp such as 2026-11-21T10:15:30Z");
        }
    }

    private static int integer(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "must be a whole number");
        }
    }
}
