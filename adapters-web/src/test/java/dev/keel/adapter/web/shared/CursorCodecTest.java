package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorCodecTest {

    private static final UUID ID = UUID.fromString("0190a5e0-0000-7000-8000-00000000000a");
    private static final CursorCodec.Scope SCOPE = CursorCodec.Scope.of("users", "createdAt,desc",
            Map.of("status", "ACTIVE", "q", "ada"));

    private final CursorCodec codec = new CursorCodec("test-secret");

    @Test
    void everyKindOfKeyRoundTripsExactly() {
        KeysetPosition position = KeysetPosition.of(ID,
                new SortValue.Text("Zoë 😀\nline & more=%+"),
                new SortValue.Text(""),
                SortValue.NULL,
                new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.000100Z")),
                new SortValue.Date(LocalDate.of(2024, 2, 29)),
                new SortValue.Integer(Long.MIN_VALUE),
                new SortValue.Decimal(new BigDecimal("-1.50")),
                new SortValue.Uuid(UUID.fromString("ffffffff-0000-4000-8000-000000000000")),
                new SortValue.Text("-"));

        assertThat(codec.decode(codec.encode(SCOPE, position), SCOPE)).isEqualTo(position);
        assertThat(codec.decode(codec.encode(SCOPE, KeysetPosition.of(ID)), SCOPE)).isEqualTo(KeysetPosition.of(ID));
    }

    @Test
    void cursorsMintedConcurrentlyAreTheSameAsThoseMintedOneByOne() throws Exception {
        List<KeysetPosition> positions = IntStream.range(0, 20_000)
                .mapToObj(n -> KeysetPosition.of(ID, new SortValue.Integer(n))).toList();
        List<String> oneByOne = positions.stream().map(position -> codec.encode(SCOPE, position)).toList();

        CursorCodec shared = new CursorCodec("test-secret");
        List<String> concurrently;
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<String>> futures = threads.invokeAll(positions.stream()
                    .<Callable<String>>map(position -> () -> shared.encode(SCOPE, position)).toList());
            concurrently = new ArrayList<>();
            for (Future<String> future : futures) {
                concurrently.add(future.get());
            }
        }

        assertThat(concurrently).isEqualTo(oneByOne);
    }

    @Test
    void aCursorIsBoundToItsSortAndFilters() {
        String cursor = codec.encode(SCOPE, KeysetPosition.of(ID, new SortValue.Text("ada")));

        assertRefused(() -> codec.decode(cursor, CursorCodec.Scope.of("users", "name,asc", Map.of("status", "ACTIVE", "q", "ada"))),
                "belongs to another sort order (createdAt,desc); start again without it");
        assertRefused(() -> codec.decode(cursor, CursorCodec.Scope.of("users", "createdAt,desc", Map.of("status", "ACTIVE"))),
                "belongs to other filters; repeat the filters it was returned for, or start again without it");
        assertRefused(() -> codec.decode(cursor, CursorCodec.Scope.of("users", "createdAt,desc",
                Map.of("status", "ACTIVE", "q", "ada", "role", "ADMIN"))), "belongs to other filters; repeat the filters it was returned for, or start again without it");
        assertRefused(() -> codec.decode(cursor, CursorCodec.Scope.of("projects", "createdAt,desc", Map.of("status", "ACTIVE", "q", "ada"))),
                "is not a valid cursor for this list");
    }

    @Test
    void aCursorIsBoundToWhoseListItIs() {
        String account = "0190a5e0-0000-7000-8000-000000000001";
        Map<String, String> alicesEntries = Map.of("path:id", account, "caller", "alice");
        String cursor = codec.encode(CursorCodec.Scope.of("ledger-entries", alicesEntries, "at,desc", Map.of()),
                KeysetPosition.of(ID));

        assertThat(codec.decode(cursor, CursorCodec.Scope.of("ledger-entries", new HashMap<>(alicesEntries), "at,desc",
                Map.of()))).isEqualTo(KeysetPosition.of(ID));
        for (Map<String, String> other : List.of(Map.of("path:id", account.replace('1', '2'), "caller", "alice"),
                Map.of("path:id", account, "caller", "bob"), Map.<String, String>of())) {
            var foreign = CursorCodec.Scope.of("ledger-entries", other, "at,desc", Map.of());
            assertRefused(() -> codec.decode(cursor, foreign), "is not a valid cursor for this list");
        }
    }

    @Test
    void sameFiltersInAnyOrderMakeTheSameScopeAndAbsentOnesCountAsNone() {
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("status", "ACTIVE");
        ordered.put("role", null);
        ordered.put("q", "ada");
        Map<String, String> other = new HashMap<>(Map.of("q", "ada", "status", "ACTIVE"));

        assertThat(CursorCodec.Scope.of("users", "name,asc", ordered)).isEqualTo(CursorCodec.Scope.of("users", "name,asc", other));
        assertThat(CursorCodec.Scope.of("users", "name,asc", Map.of()).filters()).isEmpty();
    }

    @Test
    void filterValuesCannotImitateOtherFilters() {
        var combined = CursorCodec.Scope.of("users", "name,asc", Map.of("q", "ada&status=ACTIVE"));
        var separate = CursorCodec.Scope.of("users", "name,asc", Map.of("q", "ada", "status", "ACTIVE"));

        assertThat(combined.filters()).isNotEqualTo(separate.filters());
    }

    @Test
    void tamperedForgedAndOldCursorsAreRefused() {
        String cursor = codec.encode(SCOPE, KeysetPosition.of(ID, new SortValue.Text("ada")));
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).replace("tada", "tzed")
                        .getBytes(StandardCharsets.UTF_8));
        String otherKey = new CursorCodec("another-secret").encode(SCOPE, KeysetPosition.of(ID, new SortValue.Text("ada")));
        String v1 = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1\nusers\ncreatedAt,desc\n" + ID + "\n2026-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8)) + ".x";

        for (String bad : new String[]{forgedPayload + cursor.substring(cursor.indexOf('.')), otherKey, v1, "garbage", "", ".", "a.b"}) {
            assertRefused(() -> codec.decode(bad, SCOPE), "is not a valid cursor for this list");
        }
    }

    private static void assertRefused(Runnable decode, String message) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(new FieldViolation("cursor", message)));
    }
}
