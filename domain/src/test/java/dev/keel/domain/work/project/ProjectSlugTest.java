package dev.keel.domain.work.project;

import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a-b", "apollo-11", "---", "x23456789012345678901234567890123456789012345678901234567890"})
    void lowerCaseLettersDigitsAndHyphensOfThreeToSixtyAreSlugs(String slug) {
        assertThat(new ProjectSlug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Apollo", "a b", "a_b", "é-ab", "x234567890123456789012345678901234567890123456789012345678901"})
    void anythingElseIsRefusedAsTheSlugField(String slug) {
        assertThatThrownBy(() -> new ProjectSlug(slug)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("slug")));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> new ProjectSlug(null)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Apollo 11|apollo-11",
            "  Crème Brûlée!  |creme-brulee",
            "Ünïcödé -- Test__Case|unicode-test-case",
            "A|a-project",
            "日本語|project",
            "!!!|project"})
    void aNameSuggestsASlug(String name, String slug) {
        assertThat(ProjectSlug.derivedFrom(new ProjectName(name)).value()).isEqualTo(slug);
    }

    @Test
    void aLongNameLeavesRoomForASuffixAndEndsWithoutAHyphen() {
        String name = "word ".repeat(19) + "end";
        ProjectSlug derived = ProjectSlug.derivedFrom(new ProjectName(name));

        assertThat(derived.value()).hasSizeLessThanOrEqualTo(ProjectSlug.MAX_LENGTH - 6).doesNotEndWith("-");
        assertThat(derived.withSuffix(12345).value()).endsWith("-12345").hasSizeLessThanOrEqualTo(ProjectSlug.MAX_LENGTH);
    }

    @Test
    void suffixesCountFromTwoAndAFullLengthSlugIsCutToFitThem() {
        assertThat(new ProjectSlug("apollo").withSuffix(2).value()).isEqualTo("apollo-2");
        String sixty = "a".repeat(60);
        assertThat(new ProjectSlug(sixty).withSuffix(3).value()).isEqualTo("a".repeat(58) + "-3");
        assertThatThrownBy(() -> new ProjectSlug("apollo").withSuffix(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextFreeSlugIsTheBaseOrOneAboveTheHighestTakenSuffix() {
        ProjectSlug base = new ProjectSlug("apollo");

        assertThat(ProjectSlug.nextFree(base, java.util.List.of("apollo-7", "other"))).isEqualTo(base);
        assertThat(ProjectSlug.nextFree(base, java.util.List.of("apollo")).value()).isEqualTo("apollo-2");
        assertThat(ProjectSlug.nextFree(base, java.util.List.of("apollo", "apollo-3", "apollo-12", "apollo-x", "apollo-05",
                "apollo-2-2", "apollo-99999999999")).value()).isEqualTo("apollo-13");
    }
}

