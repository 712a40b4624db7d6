package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies, ids and preconditions are read strictly: what the service cannot read exactly, it refuses. */
@MicronautTest
class StrictRequestTest extends EndToEndTest {

    private static final String USERS = "/api/v1/users";

    private String email(String label) {
        return label + "-" + run + "@example.com";
    }

    private List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> fields.add(error.get("field").getStringValue()));
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"text\"", "{\"email\":\"a@b.co\"} trailing", "{\"a\":1}{\"b\":2}"})
    void aBodyThatIsNotExactlyOneJsonObjectIsMalformed(String body) {
        assertProblem(api.post(USERS, body), 400, "malformed-request");
    }

    @Test
    void duplicateKeysAreRefusedNotResolvedByTheLastOne() {
        String body = "{\"email\":\"" + email("dup") + "\",\"name\":\"A\",\"name\":\"B\",\"password\":\"s3cret-password\"}";

        Api.Response response = assertProblem(api.post(USERS, body), 400, "validation");

        assertThat(errorFields(response)).containsExactly("name");
    }

    @Test
    void wrongTypesMissingAndUnknownFieldsAreReportedTogether() {
        Api.Response response = assertProblem(api.post(USERS, "{\"email\":42,\"name\":null,\"nick\":\"x\"}"), 400,
                "validation");

        assertThat(errorFields(response)).containsExactlyInAnyOrder("email", "name", "nick", "password");
    }

    @Test
    void aWrongTypeDoesNotHideTheOtherFieldsInvalidValues() {
        Api.Response user = assertProblem(api.post(USERS, "{\"email\":1,\"name\":\" \",\"password\":\"short\"}"), 400,
                "validation");
        assertThat(errorFields(user)).containsExactlyInAnyOrder("email", "name", "password");

        Api.Response project = assertProblem(api.post("/api/v1/projects", "{\"name\":5,\"slug\":\"NOT A SLUG\"}"), 400,
                "validation");
        assertThat(errorFields(project)).containsExactlyInAnyOrder("name", "slug");

        String id = api.post(USERS, "{\"email\":\"" + email("typed") + "\",\"name\":\"Typed\",\"password\":\"s3cret-password\"}")
                .text("id");
        Api.Response patch = assertProblem(api.patch(USERS + "/" + id, "{\"name\":\"\",\"role\":7}"), 400, "validation");
        assertThat(errorFields(patch)).containsExactlyInAnyOrder("name", "role");
    }

    @Test
    void aNulCharacterInTheBodyIs400NotAServerError() {
        String body = "{\"email\":\"a\\u0000b@example.com\",\"name\":\"Nul\",\"password\":\"s3cret-password\"}";

        assertThat(errorFields(assertProblem(api.post(USERS, body), 400, "validation"))).containsExactly("email");
    }

    @Test
    void anUnpairedSurrogateIsRefusedInsteadOfStoredAsAQuestionMark() {
        String body = "{\"email\":\"" + email("surrogate") + "\",\"name\":\"a\\ud800b\",\"password\":\"s3cret-password\"}";

        assertThat(errorFields(assertProblem(api.post(USERS, body), 400, "validation"))).containsExactly("name");
        assertThat(api.get(USERS + "?q=" + "surrogate-" + run).itemIds()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedInsteadOfReplaced() {
        byte[] latin1 = ("{\"email\":\"" + email("latin") + "\",\"name\":\"Caf\u00e9\",\"password\":\"s3cret-password\"}")
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Response response = api.sendBytes("POST", USERS, Api.JSON, latin1);

        assertProblem(response, 400, "malformed-request");
        assertThat(response.text("detail")).contains("UTF-8");
        assertThat(api.get(USERS + "?q=latin-" + run).itemIds()).isEmpty();
    }

    @Test
    void deeplyNestedBodiesAreRefusedCheaply() {
        String deep = "{\"email\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        assertProblem(api.post(USERS, deep), 400, "malformed-request");
    }

    @Test
    void manyUnknownFieldsCostABoundedErrorThatStillCountsThemAll() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 60_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"field").append(i).append("\":0");
        }
        body.append('}');

        Api.Response response = assertProblem(api.post(USERS, body.toString()), 400, "validation");

        assertThat(response.body().length()).isLessThan(10_000);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.size()).isEqualTo(50);
        assertThat(response.text("detail")).contains("60003 invalid fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada\\u202E@example.com", "a\\u200Bda@example.com", "<ada@example.com>",
            "a\\u0007da@example.com"})
    void invisibleAndMarkupCharactersInAnEmailAreRefused(String email) {
        String body = "{\"email\":\"" + email + "\",\"name\":\"Eve\",\"password\":\"s3cret-password\"}";

        assertThat(errorFields(assertProblem(api.post(USERS, body), 400, "validation"))).containsExactly("email");
    }

    @Test
    void aPatchRefusesNullForRequiredFieldsAndUnknownFieldsTogether() {
        Api.Response created = api.post(USERS, Api.userJson(email("patch"), "Patch"));
        String id = created.text("id");

        Api.Response response = assertProblem(api.patch(USERS + "/" + id, "{\"name\":null,\"version\":3}"), 400,
                "validation");

        assertThat(errorFields(response)).containsExactlyInAnyOrder("name", "version");
    }

    @Test
    void ifMatchComparesEntityTagsAsStrings() {
        String id = api.post(USERS, Api.userJson(email("etag"), "Etag")).text("id");

        assertProblem(api.patch(USERS + "/" + id, "{\"name\":\"X\"}", "If-Match", "\"00\""), 412, "precondition-failed");
        assertThat(api.patch(USERS + "/" + id, "{\"name\":\"X\"}", "If-Match", "\"0\"").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "01a1fe0fd4af736daae4c1df0d158a4e", "g1a1fe0f-d4af-736d-aae4-c1df0d158a4e",
            "01a1fe0f-d4af-736d-aae4-c1df0d158a4e0"})
    void onlyTheCanonicalUuidFormIsAnId(String id) {
        assertProblem(api.get(USERS + "/" + id), 400, "validation");
    }

    @Test
    void unknownQueryParametersAreRefusedOnEveryRouteAndNamedTogether() {
        String id = api.post(USERS, Api.userJson(email("query"), "Query")).text("id");

        assertThat(errorFields(assertProblem(api.get(USERS + "/" + id + "?expand=all"), 400, "validation")))
                .containsExactly("expand");
        assertThat(errorFields(assertProblem(api.get(USERS + "?limit=5&pageSize=5&order=name"), 400, "validation")))
                .containsExactlyInAnyOrder("pageSize", "order");
        assertThat(errorFields(assertProblem(api.delete(USERS + "/" + id + "?force=true"), 400, "validation")))
                .containsExactly("force");
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsRefused() {
        assertThat(errorFields(assertProblem(api.get(USERS + "?status=ACTIVE&status=SUSPENDED"), 400, "validation")))
                .containsExactly("status");
    }

    @Test
    void everyMistypedQueryParameterIsReportedAtOnce() {
        assertThat(errorFields(assertProblem(api.get(USERS + "?limit=ten&createdAfter=yesterday&role=king"), 400,
                "validation"))).containsExactlyInAnyOrder("limit", "createdAfter", "role");
    }

    @Test
    void aBadFilterAndAnOutOfRangeLimitAreReportedTogether() {
        // Well-typed values that break their rules: all of them at once (mistyped ones are reported first).
        assertThat(errorFields(assertProblem(api.get(USERS + "?createdAfter=2026-02-01T00:00:00Z"
                + "&createdBefore=2026-01-01T00:00:00Z&limit=0&cursor=forged"), 400, "validation")))
                .containsExactlyInAnyOrder("createdBefore", "limit", "cursor");
    }

    @Test
    void aMistypedOrUnknownQueryParameterDoesNotHideTheOthersBrokenRules() {
        assertThat(errorFields(assertProblem(api.get(USERS + "?page=x&limit=0"), 400, "validation")))
                .containsExactlyInAnyOrder("page", "limit");
        assertThat(errorFields(assertProblem(api.get(USERS + "?limit=ten&page=0&size=500"), 400, "validation")))
                .containsExactlyInAnyOrder("limit", "page", "size");
        assertThat(errorFields(assertProblem(api.get(USERS + "?pageSize=5&limit=0&createdAfter=2026-02-01T00:00:00Z"
                + "&createdBefore=2026-01-01T00:00:00Z"), 400, "validation")))
                .containsExactlyInAnyOrder("pageSize", "limit", "createdBefore");
        assertThat(errorFields(assertProblem(api.get("/api/v1/projects?minOpenTasks=many&q=" + "x".repeat(101)), 400,
                "validation"))).containsExactlyInAnyOrder("minOpenTasks", "q");
    }

    @Test
    void aParameterGivenTwiceCountsAsGivenWhenTheOthersAreJudged() {
        // A sort by relevance needs q: given twice, q is refused for that alone.
        assertThat(errorFields(assertProblem(api.get("/api/v1/projects?q=a&q=b&sort=relevance"), 400, "validation")))
                .containsExactly("q");
        // The other parameters are judged against the value given first.
        assertThat(errorFields(assertProblem(api.get(USERS + "?createdAfter=2026-02-01T00:00:00Z"
                + "&createdAfter=2026-01-01T00:00:00Z&createdBefore=2026-01-15T00:00:00Z"), 400, "validation")))
                .containsExactlyInAnyOrder("createdAfter", "createdBefore");
    }

    @Test
    void aCursorIsJudgedBesideAMistypedPageSizeButNotBesideAMistypedFilter() {
        // The cursor belongs to the sort and the filters: with one of those unreadable it cannot be judged.
        assertThat(errorFields(assertProblem(api.get(USERS + "?limit=ten&cursor=forged"), 400, "validation")))
                .containsExactlyInAnyOrder("limit", "cursor");
        assertThat(errorFields(assertProblem(api.get(USERS + "?role=king&cursor=forged"), 400, "validation")))
                .containsExactly("role");
        assertThat(errorFields(assertProblem(api.get(USERS + "?sort=age&limit=0&cursor=forged"), 400, "validation")))
                .containsExactlyInAnyOrder("sort", "limit");
    }

    @Test
    void aSemicolonInAQueryValueIsAnOrdinaryCharacter() {
        assertThat(errorFields(assertProblem(api.get(USERS + "?sort=name;x"), 400, "validation"))).containsExactly("sort");
        api.post(USERS, Api.userJson(email("semi"), "Semi;colon " + run));

        assertThat(api.get(USERS + "?q=semi;colon%20" + run).itemIds()).hasSize(1);
    }
}
