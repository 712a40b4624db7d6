package dev.keel.adapter.web.shared.query;

import io.micronaut.core.annotation.Nullable;

/**
 * What a list's {@link ListOf} record gives {@link ListRequests}: the sort it asks for and the filter it makes.
 *
 * @param <F> the filter the list's use case takes
 */
public interface ListParameters<F> {

    /** The {@code sort} parameter as given (a record's {@code sort} component); null for a list of one fixed order. */
    @Nullable
    default String sort() {
        return null;
    }

    /** The sort the list applies: the one given, or null for the list's default. A list may pick another default. */
    @Nullable
    default String effectiveSort() {
        return sort();
    }

    /** The filter; a {@code ValidationException} names every invalid parameter. */
    F filter();
}
