package dev.keel.adapter.web.shared.query;

import dev.keel.domain.shared.FieldViolation;

import java.util.List;

/**
 * A check of a list's filter that only the store can make, such as a SQL/JSON path's syntax. A request without other
 * faults meets it when its list runs; a request with other faults has it run by {@link ListRequests#read} first, so
 * that its fault is reported with them rather than after they are fixed.
 */
public interface StoreFilterCheck {

    /** The faults of {@code parameters} when they are the parameters of this check's list; empty otherwise. */
    List<FieldViolation> faults(ListParameters<?> parameters);
}
