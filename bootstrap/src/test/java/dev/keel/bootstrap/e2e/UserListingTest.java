package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class UserListingTest extends EndToEndTest {

    private static final int USERS = 23;

    private final List<String> seeded = new ArrayList<>();

    @BeforeEach
    void seed() {
        for (int i = 0; i < USERS; i++) {
            seeded.add(createUser("walk" + run + "-" + (char) ('a' + (i * 7) % 26) + i, "Walker " + run + " " + (i % 5)));
        }
    }

    private String createUser(String localPart, String name) {
        Api.Response created = api.post("/api/v1/users", Api.userJson(localPart + "@example.com", name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private String list(String query) {
        return "/api/v1/users?q=walk" + run + "&" + query;
    }

    @ParameterizedTest
    @ValueSource(strings = {"createdAt,desc", "createdAt,asc", "name,asc", "name,desc", "email,asc", "email,desc"})
    void cursorWalkVisitsEveryRowExactlyOnceInTheListOrder(String sort) {
        List<String> oneGo = api.get(list("limit=100&sort=" + sort)).itemIds();

        List<String> walked = walk("sort=" + sort + "&limit=4", () -> { });

        assertThat(oneGo).containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(oneGo);
    }

    @Test
    void defaultOrderIsNewestFirst() {
        List<JsonNode> items = api.get(list("limit=100")).items();
        List<Instant> created = items.stream().map(item -> Instant.parse(item.get("createdAt").getStringValue())).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(items.getFirst().get("id").getStringValue()).isEqualTo(seeded.getLast());
    }

    @Test
    void cursorWalkStaysStableWhileRowsAreInserted() {
        Set<String> insertedDuringWalk = new HashSet<>();
        int[] counter = {0};
        List<String> walked = walk("limit=5", () -> insertedDuringWalk.add(
                createUser("walk" + run + "-new" + counter[0]++, "Walker " + run + " late")));

        assertThat(walked).doesNotHaveDuplicates().containsAll(seeded);
        assertThat(insertedDuringWalk).hasSizeGreaterThan(3);
        // Newest first: rows inserted during the walk sort before the cursor and are not visited.
        assertThat(walked).doesNotContainAnyElementsOf(insertedDuringWalk);
    }

    @Test
    void cursorWalkByNameStaysStableWhileRowsAreInsertedAnywhere() {
        int[] counter = {0};
        List<String> walked = walk("sort=name,asc&limit=5", () -> createUser("walk" + run + "-mid" + counter[0],
                "Walker " + run + " " + (counter[0]++ % 5) + " inserted"));

        assertThat(walked).doesNotHaveDuplicates().containsAll(seeded);
    }

    @Test
    void offsetPagesCoverEveryRowOnceWithTotals() {
        List<String> paged = new ArrayList<>();
        Api.Response first = api.get(list("page=1&size=5&sort=email,asc"));
        assertThat(first.text("totalItems")).isEqualTo(String.valueOf(USERS));
        assertThat(first.text("totalPages")).isEqualTo("5");
        assertThat(first.text("size")).isEqualTo("5");
        for (int page = 1; page <= 5; page++) {
            Api.Response response = api.get(list("page=" + page + "&size=5&sort=email,asc"));
            assertThat(response.text("page")).isEqualTo(String.valueOf(page));
            paged.addAll(response.itemIds());
        }
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(api.get(list("limit=100&sort=email,asc")).itemIds());
        Api.Response beyond = api.get(list("page=6&size=5"));
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.itemIds()).isEmpty();
        assertThat(beyond.text("totalItems")).isEqualTo(String.valueOf(USERS));
    }

    @Test
    void lastSliceHasNullNextCursorAndEmptyListsStillHaveItems() {
        Api.Response all = api.get(list("limit=100"));
        assertThat(all.json().get("nextCursor").isNull()).isTrue();
        Api.Response none = api.get("/api/v1/users?q=nobody-" + run);
        assertThat(none.body()).contains("\"items\":[]").contains("\"nextCursor\":null");
    }

    @Test
    void filtersNarrowTheList() {
        String admin = api.post("/api/v1/users", "{\"email\":\"walk" + run + "-admin@example.com\",\"name\":\"WALKER "
                + run + " Boss\",\"password\":\"s3cret-password\",\"role\":\"ADMIN\"}").text("id");
        api.patch("/api/v1/users/" + seeded.getFirst(), "{\"status\":\"SUSPENDED\"}");

        assertThat(api.get(list("role=ADMIN")).itemIds()).containsExactly(admin);
        assertThat(api.get(list("status=SUSPENDED")).itemIds()).containsExactly(seeded.getFirst());
        assertThat(api.get("/api/v1/users?q=" + ("walker " + run + " boss").toUpperCase().replace(" ", "%20")).itemIds())
                .containsExactly(admin);
        Instant adminCreated = Instant.parse(api.get("/api/v1/users/" + admin).text("createdAt"));
        assertThat(api.get(list("createdAfter=" + adminCreated.minusNanos(1000))).itemIds()).containsExactly(admin);
        assertThat(api.get(list("limit=100&createdBefore=" + adminCreated)).itemIds())
                .containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(api.get("/api/v1/users?q=" + URLEncoder.encode("walk" + run + "-%", StandardCharsets.UTF_8)).itemIds())
                .isEmpty();
    }

    @Test
    void tamperedForeignAndGarbageCursorsAre400() {
        String cursor = api.get(list("limit=2")).text("nextCursor");
        assertThat(cursor).isNotBlank();
        // Every character counts, including the last, whose low bits Base64 would otherwise ignore.
        char last = cursor.charAt(cursor.length() - 1);
        String tamperedEnd = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        char middle = cursor.charAt(cursor.length() / 3);
        String tampered = cursor.substring(0, cursor.length() / 3) + (middle == 'x' ? 'y' : 'x')
                + cursor.substring(cursor.length() / 3 + 1);
        String nameCursor = api.get(list("limit=2&sort=name,asc")).text("nextCursor");

        for (String bad : List.of(tamperedEnd, tampered, "garbage", "", nameCursor.substring(1))) {
            Api.Response response = assertProblem(api.get(list("limit=2&cursor=" + bad)), 400, "validation");
            assertThat(errorFields(response)).containsExactly("cursor");
        }
        Api.Response foreign = assertProblem(api.get(list("limit=2&cursor=" + nameCursor)), 400, "validation");
        assertThat(errorFields(foreign)).containsExactly("cursor");
        assertThat(api.get(list("limit=2&sort=name,asc&cursor=" + nameCursor)).status()).isEqualTo(200);
    }

    @Test
    void cursorIsRefusedUnderOtherFiltersAndContinuesUnderTheSameInAnyOrder() {
        String cursor = api.get(list("limit=2&status=ACTIVE")).text("nextCursor");
        assertThat(cursor).isNotBlank();

        for (String other : List.of("limit=2", "limit=2&status=SUSPENDED", "limit=2&status=ACTIVE&role=MEMBER",
                "limit=2&status=ACTIVE&createdAfter=2000-01-01T00:00:00Z", "limit=2&status=ACTIVE&deleted=only")) {
            Api.Response response = assertProblem(api.get(list(other + "&cursor=" + cursor)), 400, "validation");
            assertThat(errorFields(response)).as(other).containsExactly("cursor");
        }
        assertProblem(api.get("/api/v1/users?q=walk" + run + "-&status=ACTIVE&limit=2&cursor=" + cursor), 400, "validation");
        assertThat(api.get("/api/v1/users?status=ACTIVE&limit=2&cursor=" + cursor + "&q=walk" + run).status()).isEqualTo(200);
    }

    @Test
    void outOfRangeOrMalformedPagingIs400() {
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "size=0", "size=101", "page=0", "page=-1",
                "page=x")) {
            Api.Response response = assertProblem(api.get(list(query)), 400, "validation");
            assertThat(errorFields(response)).as(query).hasSize(1);
        }
        assertProblem(api.get(list("page=1&cursor=abc")), 400, "validation");
        assertProblem(api.get(list("page=1&limit=5")), 400, "validation");
    }

    @Test
    void invalidFiltersAndSortsAre400NamingEachParameter() {
        Api.Response response = assertProblem(api.get("/api/v1/users?status=GONE&role=x&createdAfter=yesterday"
                + "&sort=password&deleted=yes"), 400, "validation");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("status", "role", "createdAfter", "sort", "deleted");
        assertProblem(api.get("/api/v1/users?sort=name,sideways"), 400, "validation");
        assertProblem(api.get("/api/v1/users?createdAfter=2026-01-02T00:00:00Z&createdBefore=2026-01-01T00:00:00Z"),
                400, "validation");
        for (String instant : List.of("%2B300000-01-01T00:00:00Z", "-4714-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
            assertThat(errorFields(assertProblem(api.get("/api/v1/users?createdAfter=" + instant + "&createdBefore="
                    + instant), 400, "validation"))).as(instant).containsExactlyInAnyOrder("createdAfter", "createdBefore");
        }
        assertThat(api.get("/api/v1/users?createdAfter=0001-01-01T00:00:00Z&createdBefore=9999-12-31T23:59:59Z").status())
                .isEqualTo(200);
    }

    @Test
    void instantsBeyondYears1To9999Are400NamingTheParameter() {
        for (String instant : List.of("%2B294277-01-01T00:00:00Z", "%2B10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z")) {
            for (String parameter : List.of("createdAfter", "createdBefore")) {
                for (String rest : List.of("", "&page=1", "&deleted=only", "&limit=5")) {
                    String query = parameter + "=" + instant + rest;
                    Api.Response response = assertProblem(api.get("/api/v1/users?" + query), 400, "validation");
                    assertThat(errorFields(response)).as(query).containsExactly(parameter);
                    assertThat(response.body()).as(query).contains("year 0001 to 9999");
                }
            }
        }
        assertThat(api.get("/api/v1/users?createdAfter=0001-01-01T00:00:00Z"
                + "&createdBefore=9999-12-31T23:59:59.999999999Z&page=1").status()).isEqualTo(200);
    }

    /** Follows nextCursor from the first slice to the last, running {@code betweenSlices} after each. */
    private List<String> walk(String query, Runnable betweenSlices) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int slices = 0;
        do {
            Api.Response slice = api.get(list(query + (cursor == null ? "" : "&cursor=" + cursor)));
            assertThat(slice.status()).as("%s", slice).isEqualTo(200);
            walked.addAll(slice.itemIds());
            cursor = slice.text("nextCursor");
            betweenSlices.run();
            assertThat(++slices).as("walk terminates").isLessThan(100);
        } while (cursor != null);
        return walked;
    }
}
