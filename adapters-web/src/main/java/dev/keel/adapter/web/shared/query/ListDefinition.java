package dev.keel.adapter.web.shared.query;

import dev.keel.domain.shared.paging.SortField;

import java.util.Objects;

/**
 * What a list endpoint declares besides its filter record: its name (its cursors are valid for it only) and its
 * sort whitelist, with the default order.
 */
public record ListDefinition<S extends Enum<S> & SortField>(String name, Class<S> sortFields, S defaultSort) {

    public ListDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sortFields, "sortFields");
        Objects.requireNonNull(defaultSort, "defaultSort");
    }
}
