package dev.keel.adapter.web.shared.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as the query parameters of a list: the list's name (its cursors are valid for it only),
 * its sort whitelist (an enum implementing {@code SortField}) and its default sort. The record's components are
 * the filters plus a {@code String sort} (none for a list of one fixed order); it implements {@link ListParameters}.
 * Paging is the shared {@link Paging}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ListOf {

    String name();

    /** An enum implementing {@code dev.keel.domain.shared.paging.SortField}. */
    Class<? extends Enum<?>> sortFields();

    /** The API name of the default sort field; it sorts in its own default direction. */
    String defaultSort();
}
