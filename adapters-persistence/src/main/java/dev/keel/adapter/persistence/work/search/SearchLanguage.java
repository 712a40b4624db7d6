package dev.keel.adapter.persistence.work.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text search configuration ({@code keel.search.language}, KEEL_SEARCH_LANGUAGE), handed to the migrations of the
 * default data source as the {@code searchLanguage} placeholder. {@link SearchLanguageCheck} holds the database to it.
 */
@Singleton
@Named("default")
final class SearchLanguage implements FlywayConfigurationCustomizer {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,62}");

    private final String language;

    SearchLanguage(@Value("${keel.search.language:english}") String language) {
        if (!NAME.matcher(language).matches()) {
            throw new IllegalArgumentException("KEEL_SEARCH_LANGUAGE must name a text search configuration "
                    + "(lower-case letters and underscores, such as english or simple), not '" + language + "'");
        }
        this.language = language;
    }

    String language() {
        return language;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.placeholders(Map.of("searchLanguage", language));
    }
}
