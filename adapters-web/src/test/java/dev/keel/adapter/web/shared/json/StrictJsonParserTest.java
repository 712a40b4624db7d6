package dev.keel.adapter.web.shared.json;

import dev.keel.adapter.web.shared.MalformedBodyException;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonParserTest {

    private static JsonValue parse(String json) {
        return StrictJsonParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} x", "{\"a\":1}{\"b\":2}", "{\"a\":1},", "{\"a\":", "", "   ", "{'a':1}",
            "{\"a\":1,}", "NaN"})
    void structurallyBrokenBodiesAreMalformed(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void duplicateKeysAreRefusedAtEveryDepth() {
        assertThatThrownBy(() -> parse("{\"a\":1,\"a\":2,\"m\":{\"x\":1,\"x\":1}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new FieldViolation("m.x", "appears more than once"), new FieldViolation("a", "appears more than once")));
    }

    @Test
    void aKeyGivenManyTimesIsReportedOnce() {
        assertThatThrownBy(() -> parse("{\"a\":1,\"a\":2,\"a\":3,\"a\":4}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("a", "appears more than once")));
    }

    @Test
    void anEmptyOrUnreadableNameIsShownReadablyInThePath() {
        assertThatThrownBy(() -> parse("{\"m\":{\"\\ud800x\":1,\"\\u0000\":2}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("m.\uFFFDx", "must be valid Unicode text (it holds an unpaired surrogate)"),
                        new FieldViolation("m.\uFFFD", "must not contain the NUL character")));
        assertThat(StrictJsonParser.shownName("")).isEqualTo("\"\"");
        assertThat(StrictJsonParser.shownName("caf\u00e9 \uD83D\uDE00")).isEqualTo("caf\u00e9 \uD83D\uDE00");
    }

    @Test
    void nestingIsLimited() {
        String deepest = "[".repeat(StrictJsonParser.MAX_DEPTH) + "]".repeat(StrictJsonParser.MAX_DEPTH);
        assertThat(parse(deepest)).isInstanceOf(JsonValue.JsonArray.class);
        String tooDeep = "[".repeat(StrictJsonParser.MAX_DEPTH + 1) + "]".repeat(StrictJsonParser.MAX_DEPTH + 1);
        assertThatThrownBy(() -> parse(tooDeep)).isInstanceOf(MalformedBodyException.class).hasMessageContaining("deeper");
        String absurd = "[".repeat(100_000);
        assertThatThrownBy(() -> parse(absurd)).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesAreRefusedWhereTheyStand() {
        assertThatThrownBy(() -> parse("{\"email\":\"a\\u0000b@example.com\",\"name\":\"a\\ud800b\",\"ok\":\"\\ud83d\\ude00\"}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("email", "name"));
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJsonParser.parse(latin1)).isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void theCanonicalFormIgnoresKeyOrderWhitespaceAndNumberSpelling() {
        JsonValue one = parse("{\"b\": [1, {\"y\": 2.50, \"x\": 1e2}], \"a\": \"\\u00e9\"}");
        JsonValue other = parse("{\"a\":\"\u00e9\",\"b\":[1.0,{\"x\":100,\"y\":2.5}]}");

        assertThat(one.canonical()).isEqualTo(other.canonical());
        assertThat(parse("{\"a\":[1,2]}").canonical()).isNotEqualTo(parse("{\"a\":[2,1]}").canonical());
    }

    @Test
    void aTooLongNumberOrNameIsMalformedAndSaysSo() {
        assertThatThrownBy(() -> parse("{\"name\":\"x\",\"position\":" + "9".repeat(5000) + "}"))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("too long").hasMessageNotContaining("deeper");
        assertThatThrownBy(() -> parse("{\"" + "n".repeat(900_000) + "\":1}"))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("too long").hasMessageNotContaining("deeper");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999999999999999", "-1e99999999999999999999", "1e-99999999999999999999", "1e2147483649"})
    void aNumberNoDecimalCanHoldIsAFaultOfItsField(String number) {
        assertThatThrownBy(() -> parse("{\"a\":1,\"m\":{\"k\":" + number + "}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("m.k"));
    }
}
