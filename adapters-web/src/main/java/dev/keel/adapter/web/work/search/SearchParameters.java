package dev.keel.adapter.web.work.search;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.search.SearchHitType;
import dev.keel.domain.work.search.SearchSortField;
import dev.keel.domain.work.search.SearchText;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

@Introspected
@ListOf(name = "search", sortFields = SearchSortField.class, defaultSort = "relevance")
record SearchParameters(
        @Nullable @QueryValue
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                description = "Web-search syntax: words (all of them), \"an exact phrase\", -without, or", example = "keel -draft")
        String q,
        @Nullable @QueryValue
        @Schema(description = "Comma-separated kinds to search: task, comment, document (default: all)", example = "task,comment")
        String types,
        @Nullable @QueryValue @Schema(description = "relevance (the only order, best first)") String sort) implements ListParameters<SearchParameters.Search> {

    /** The search, every bad parameter reported at once. */
    @Override
    public Search filter() {
        var violations = new Violations();
        SearchText text = violations.check(() -> new SearchText(q));
        Set<SearchHitType> kinds = violations.check(this::kinds);
        violations.throwIfAny();
        return new Search(text, kinds);
    }

    private Set<SearchHitType> kinds() {
        if (types == null) {
            return EnumSet.allOf(SearchHitType.class);
        }
        Set<SearchHitType> kinds = EnumSet.noneOf(SearchHitType.class);
        for (String type : types.split(",", -1)) {
            kinds.add(Arrays.stream(SearchHitType.values()).filter(kind -> kind.apiName().equals(type.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> ValidationException.of("types", "must list task, comment or document, separated by commas")));
        }
        return kinds;
    }

    record Search(SearchText text, Set<SearchHitType> types) {
    }
}
