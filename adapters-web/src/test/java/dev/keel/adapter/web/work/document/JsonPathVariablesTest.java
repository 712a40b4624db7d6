package dev.keel.adapter.web.work.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPathVariablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"$.pages > $x", "$x", "$\"x\" > 1", "$1 > 1", "$\u00e9 > 1", "$[$i]", "$?(@ > $max)",
            "$.a == \"s\" && $.b > $y", "$ /* c */ > $x"})
    void variablesAreFound(String path) {
        assertThat(JsonPathVariables.present(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.pages > 10", "$", "$.a == \"$x\"", "$.a == \"\\\"$x\"", "$ /* $x */ > 1", "$.\"a\" > 1",
            "$[0] == 1", "$ ? (@ > 1)", "$ == 1", "$.a == \"a\\\\\" || $.b > 1", "$ /* unterminated $x"})
    void contextItemsStringsAndCommentsAreNotVariables(String path) {
        assertThat(JsonPathVariables.present(path)).isFalse();
    }
}
