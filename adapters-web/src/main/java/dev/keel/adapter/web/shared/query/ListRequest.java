package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.CursorCodec;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;

/** A list request, checked as a whole: the filter, the sort, the page, and the scope its cursors belong to. */
public record ListRequest<F, S>(F filter, S sortField, SortDirection direction, PageRequest page,
                                CursorCodec.Scope scope) {
}
