package dev.keel.adapter.web.shared.json;

import dev.keel.adapter.web.shared.MalformedBodyException;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.core.annotation.Nullable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBinderTest {

    enum Priority { LOW, HIGH }

    record Label(String name, @Nullable String color) {
    }

    record Everything(String title, int count, long total, boolean done, BigDecimal amount, LocalDate due,
                      Instant at, UUID id, Priority priority, List<String> tags, List<Label> labels,
                      @Nullable Map<String, Object> metadata, @Nullable String note) {
    }

    record Patch(PatchField<String> title, @Nullable PatchField<String> description, PatchField<Integer> size) {
    }

    private static <T extends Record> T bind(String json, Class<T> type) {
        return JsonBody.read(json.getBytes(StandardCharsets.UTF_8), type).value();
    }

    private static List<FieldViolation> violations(String json, Class<? extends Record> type) {
        try {
            bind(json, type);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("no violations for " + json);
    }

    private static final String VALID = """
            {"title":"T","count":3,"total":9007199254740991,"done":true,"amount":12.50,"due":"2026-11-21",
             "at":"2026-11-21T10:15:30.123456Z","id":"01a1fe0f-d4af-736d-aae4-c1df0d158a4e","priority":"HIGH",
             "tags":["a","b"],"labels":[{"name":"x"},{"name":"y","color":"#ffffff"}],
             "metadata":{"size":2,"nested":{"list":[1,"two",null,true]}}}""";

    @Test
    void everyDeclaredTypeIsBound() {
        Everything bound = bind(VALID, Everything.class);

        assertThat(bound.title()).isEqualTo("T");
        assertThat(bound.count()).isEqualTo(3);
        assertThat(bound.total()).isEqualTo(9007199254740991L);
        assertThat(bound.done()).isTrue();
        assertThat(bound.amount()).isEqualByComparingTo("12.5");
        assertThat(bound.due()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(bound.at()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123456Z"));
        assertThat(bound.id()).isEqualTo(UUID.fromString("01a1fe0f-d4af-736d-aae4-c1df0d158a4e"));
        assertThat(bound.priority()).isEqualTo(Priority.HIGH);
        assertThat(bound.tags()).containsExactly("a", "b");
        assertThat(bound.labels()).containsExactly(new Label("x", null), new Label("y", "#ffffff"));
        assertThat(bound.metadata()).containsEntry("size", new BigDecimal("2")).containsKey("nested");
        assertThat(bound.note()).isNull();
    }

    @Test
    void everyBadFieldIsReportedAtOnceByItsJsonPath() {
        String bad = """
                {"title":7,"count":1.5,"total":"9","done":"yes","amount":"1","due":"21.11.2026","at":"yesterday",
                 "id":"1-1-1-1-1","priority":"MEDIUM","tags":["a",2,null],"labels":[{"name":"x"},{"color":1}],
                 "metadata":[1],"unknown":true}""";

        assertThat(violations(bad, Everything.class)).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                "unknown", "title", "count", "total", "done", "amount", "due", "at", "id", "priority", "tags[1]",
                "tags[2]", "labels[1].name", "labels[1].color", "metadata");
    }

    @Test
    void missingRequiredFieldsAndNullsAreNamed() {
        assertThat(violations("{\"title\":null}", Everything.class))
                .contains(new FieldViolation("title", "must not be null"), new FieldViolation("count", "is required"));
    }

    @Test
    void wholeNumbersMustFitTheirType() {
        String tooBig = VALID.replace("\"count\":3", "\"count\":2147483648");
        assertThat(violations(tooBig, Everything.class)).extracting(FieldViolation::field).containsExactly("count");
        assertThat(bind(VALID.replace("\"count\":3", "\"count\":3.0"), Everything.class).count()).isEqualTo(3);
    }

    @Test
    void aPatchTellsAbsentNullAndValueApart() {
        Patch patch = bind("{\"description\":null,\"size\":4}", Patch.class);

        assertThat(patch.title().isAbsent()).isTrue();
        assertThat(patch.description()).isEqualTo(PatchField.cleared());
        assertThat(patch.size().newValue()).contains(4);
    }

    @Test
    void nullIsRefusedForAPatchFieldThatCannotBeCleared() {
        assertThat(violations("{\"title\":null,\"size\":null}", Patch.class))
                .containsExactly(new FieldViolation("title", "must not be null"), new FieldViolation("size", "must not be null"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsMalformed() {
        for (String body : List.of("null", "[]", "\"text\"", "42")) {
            assertThatThrownBy(() -> bind(body, Patch.class)).as(body).isInstanceOf(MalformedBodyException.class)
                    .hasMessageContaining("must be a JSON object");
        }
    }

    @Test
    void unknownFieldsAreFoundInLinearTimeAndReportedBoundedly() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 60_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
        }
        body.append('}');

        long started = System.nanoTime();
        ValidationException failure = (ValidationException) org.assertj.core.api.Assertions
                .catchThrowable(() -> bind(body.toString(), Patch.class));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(failure.total()).isEqualTo(60_000);
        assertThat(failure.violations()).hasSize(ValidationException.MAX_REPORTED);
        assertThat(failure.getMessage().length()).isLessThan(5_000);
        // Generous: the quadratic version took over 10 s; linear work is a few hundred ms even on a busy machine.
        assertThat(millis).isLessThan(5_000);
    }

    /** What a command made of a {@link Label} reports: a blank name, a color that is not #rrggbb. */
    private static String labelCommand(Label label) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        if (label.name() == null || label.name().isBlank()) {
            violations.add(new FieldViolation("name", "must not be blank"));
        }
        if (label.color() != null && !label.color().matches("#[0-9a-f]{6}")) {
            violations.add(new FieldViolation("color", "must be #rrggbb"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return label.name();
    }

    private static List<FieldViolation> commandViolations(String json) {
        try {
            JsonBody.read(json.getBytes(StandardCharsets.UTF_8), Label.class).command(RequestBinderTest::labelCommand);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("no violations for " + json);
    }

    @Test
    void aRepeatedKeyAndAnEmptyNameHideNoOtherFault() {
        assertThat(commandViolations("{\"name\":\"a\",\"name\":\"b\",\"name\":\"c\",\"color\":\"red\",\"\":1}"))
                .containsExactlyInAnyOrder(new FieldViolation("name", "appears more than once"),
                        new FieldViolation("\"\"", "is not a known field"), new FieldViolation("color", "must be #rrggbb"));
    }

    @Test
    void aCommandIsMadeOfTheFieldsThatBoundSoThatEveryInvalidFieldIsReportedAtOnce() {
        assertThat(commandViolations("{\"name\":\" \",\"color\":5}")).containsExactly(
                new FieldViolation("color", "must be a string"), new FieldViolation("name", "must not be blank"));
        assertThat(commandViolations("{\"name\":7,\"color\":\"red\",\"size\":1}")).containsExactly(
                new FieldViolation("size", "is not a known field"), new FieldViolation("name", "must be a string"),
                new FieldViolation("color", "must be #rrggbb"));
        // A field with a binding fault is reported once, for that fault.
        assertThat(commandViolations("{\"color\":\"#ffffff\"}")).containsExactly(new FieldViolation("name", "is required"));
        assertThat(JsonBody.read("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), Label.class)
                .command(RequestBinderTest::labelCommand)).isEqualTo("x");
    }

    @Test
    void aPartiallyBoundRecordLeavesFaultyFieldsEmpty() {
        RequestBinder.Binding<Everything> everything = RequestBinder.bindPartially(
                StrictJsonParser.parse("{\"title\":1,\"count\":\"x\",\"done\":true}".getBytes(StandardCharsets.UTF_8)),
                Everything.class);
        assertThat(everything.value().title()).isNull();
        assertThat(everything.value().count()).isZero();
        assertThat(everything.value().done()).isTrue();
        assertThat(everything.faults()).extracting(FieldViolation::field).contains("title", "count", "total");

        RequestBinder.Binding<Patch> patch = RequestBinder.bindPartially(
                StrictJsonParser.parse("{\"title\":null,\"size\":2}".getBytes(StandardCharsets.UTF_8)), Patch.class);
        assertThat(patch.value().title()).isEqualTo(PatchField.absent());
        assertThat(patch.value().size()).isEqualTo(PatchField.of(2));
        assertThat(patch.faults()).containsExactly(new FieldViolation("title", "must not be null"));
    }
}
