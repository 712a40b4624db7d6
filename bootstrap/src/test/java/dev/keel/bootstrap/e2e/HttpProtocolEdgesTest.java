package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.assertProblemWithoutPath;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the HTTP layer answers to requests at the edges of the protocol: oversized or broken request lines and
 * headers, bad percent-encoding, unusable Content-Type, Content-Encoding and Accept, HEAD and OPTIONS, and the
 * endpoints that must not be served. Every refusal is a problem+json with the request id, never a 500.
 */
@MicronautTest
class HttpProtocolEdgesTest extends EndToEndTest {

    private static final String USERS = "/api/v1/users";

    private RawHttp raw;

    @BeforeEach
    void connectRaw() {
        raw = new RawHttp(server, jsonMapper);
    }

    private String newUser(String label) {
        return Api.userJson(label + "-" + run + "@example.com", "User " + label);
    }

    private static String get(String target, String... headerLines) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headerLines) + "\r\n";
    }

    // ---- Limits: request line and header section --------------------------------------------------------------

    @Test
    void aHeaderOverTheLimitIs431WithTheRequestId() {
        // Netty keeps the header fields it read before the one that overflowed: the request id comes first.
        Api.Response response = raw.send(get(USERS, "X-Request-Id: big-header\r\n", "Accept: */*\r\n",
                "X-Big: " + "a".repeat(9 * 1024) + "\r\n"));

        assertProblem(response, 431, "header-fields-too-large");
        assertThat(response.header("X-Request-Id")).isEqualTo("big-header");
        assertThat(response.text("detail")).contains("8192 bytes");
    }

    @Test
    void aUriOverTheLimitIs414WithARequestId() {
        Api.Response response = api.get(USERS + "?q=" + "a".repeat(20 * 1024));

        assertProblemWithoutPath(response, 414, "uri-too-long");
        assertThat(response.text("detail")).contains("request line", "8192 bytes");
    }

    @Test
    void aThousandHeaderFieldsAre431WhateverTheirSize() {
        List<String> big = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            big.add("X-Header-" + i + ": value\r\n");
            small.add("h" + i + ":v\r\n");
        }

        assertProblem(raw.send(get(USERS, big.toArray(String[]::new))), 431, "header-fields-too-large");
        Api.Response manySmall = assertProblem(raw.send(get(USERS, small.toArray(String[]::new))), 431,
                "header-fields-too-large");
        assertThat(manySmall.text("detail")).contains("at most 100");
    }

    @Test
    void requestsWithinTheLimitsAreServed() {
        // 7,000 bytes of request line: over Micronaut's default of 4,096, within the configured 8,192.
        assertProblem(api.get("/no/such/path?x=" + "a".repeat(7000)), 404, "not-found");
        assertThat(api.get(USERS + "?limit=1", "X-Big", "a".repeat(7 * 1024)).status()).isEqualTo(200);
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            headers.add("h" + i + ":v\r\n");
        }
        headers.add("Authorization: Bearer " + api.accessToken() + "\r\n");
        assertThat(raw.send(get(USERS + "?limit=1", headers.toArray(String[]::new))).status()).isEqualTo(200);
    }

    // ---- Malformed request lines and header fields --------------------------------------------------------------

    @Test
    void aMalformedRequestLineIs400AboutTheRequestLine() {
        for (String request : List.of("GARBAGE\r\n\r\n", "GET /api/v1/users\r\n\r\n",
                "GET /api/v1/users HTTP/1.1 extra\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/users?q=a b HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
            Api.Response response = assertProblemWithoutPath(raw.send(request), 400, "malformed-request");
            assertThat(response.text("detail")).as(request).contains("request line").doesNotContain("JSON");
        }
    }

    @Test
    void anUnknownHttpVersionIs505() {
        Api.Response response = raw.send("GET /api/v1/users HTTP/9.9\r\nHost: localhost\r\n\r\n");

        assertProblem(response, 505, "http-version-not-supported");
        assertThat(response.text("detail")).contains("HTTP/1.1");
    }

    @Test
    void aRefusedHttpVersionIsAnsweredInHttp11() {
        for (String version : List.of("HTTP/2.0", "HTTP/1.2", "HTTP/3.0", "HTTP/9.9")) {
            String request = "GET /health " + version + "\r\nHost: localhost\r\n\r\n";

            assertThat(raw.statusLine(request)).as(version).startsWith("HTTP/1.1 505 ");
            assertProblem(raw.send(request), 505, "http-version-not-supported");
        }
        assertThat(raw.statusLine("GET /health HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.0 200 ");
        assertThat(raw.statusLine("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ");
    }

    @Test
    void aMalformedHeaderFieldIs400AboutTheHeaders() {
        for (String header : List.of("Bad Header: x\r\n", "NoColon\r\n")) {
            Api.Response response = assertProblem(raw.send(get(USERS, header)), 400, "malformed-request");
            assertThat(response.text("detail")).as(header).contains("header").doesNotContain("JSON");
        }
    }

    @Test
    void anAbsurdContentLengthIs400OrIs413() {
        String post = "POST " + USERS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        for (String length : List.of("99999999999999999999", "-5", "abc", "2\r\nContent-Length: 3")) {
            Api.Response response = assertProblem(raw.send(post + "Content-Length: " + length + "\r\n\r\n{}"), 400,
                    "malformed-request");
            assertThat(response.text("detail")).as(length).contains("Content-Length");
        }
        assertProblem(raw.send(post + "Content-Length: 5000000\r\n\r\n{}"), 413, "payload-too-large");
    }

    @Test
    void aBadPercentEscapeIs400AboutTheQueryStringOrThePath() {
        for (String target : List.of(USERS + "?q=%zz", USERS + "?q=%4", USERS + "?%zz=1")) {
            Api.Response response = assertProblemWithoutPath(raw.send(get(target)), 400, "malformed-request");
            assertThat(response.text("detail")).as(target).contains("query string").doesNotContain("JSON");
        }
        Api.Response path = assertProblemWithoutPath(raw.send(get("/api/v1/us%zzers")), 400, "malformed-request");
        assertThat(path.text("detail")).contains("request path");
    }

    @Test
    void aRawNonAsciiCharacterInTheQueryStringIs400() {
        Api.Response response = assertProblem(raw.send(get(USERS + "?q=caf\u00e9")), 400, "malformed-request");

        assertThat(response.text("detail")).contains("query string", "'q'", "percent-encoded");
    }

    // ---- NUL and invalid UTF-8 in query parameters and path segments -------------------------------------------

    @Test
    void aNulOrInvalidUtf8InAQueryParameterIs400NamingTheParameter() {
        Api.Response nul = assertProblem(api.get(USERS + "?q=%00"), 400, "validation");
        assertThat(errorFields(nul)).containsExactly("q");
        assertThat(nul.body()).contains("NUL");

        // An encoded lone surrogate, a truncated sequence, an overlong '/', a stray continuation byte.
        for (String value : List.of("%ED%A0%80", "%C3", "%C0%AF", "ab%80")) {
            Api.Response invalid = assertProblem(api.get(USERS + "?limit=5&sort=" + value), 400, "validation");
            assertThat(errorFields(invalid)).as(value).containsExactly("sort");
        }
        Api.Response both = assertProblem(api.get(USERS + "?q=a%00b&status=%FF"), 400, "validation");
        assertThat(errorFields(both)).containsExactly("q", "status");
    }

    @Test
    void theQueryCheckHoldsForEveryEndpoint() {
        assertProblem(api.get("/health?probe=%00"), 400, "validation");
        assertProblem(api.delete(USERS + "/" + UUID.randomUUID() + "?permanent=%00"), 400, "validation");
        // Valid UTF-8 passes: a 'q' of 'é' and '€' simply matches no one.
        assertThat(api.get(USERS + "?q=%C3%A9%E2%82%AC").items()).isEmpty();
    }

    @Test
    void aNulOrInvalidUtf8InAPathSegmentIs400() {
        for (String segment : List.of("%00", "%ED%A0%80", "%C3")) {
            Api.Response response = assertProblem(api.get(USERS + "/" + segment), 400, "malformed-request");
            assertThat(response.text("detail")).as(segment).contains("request path");
        }
    }

    // ---- Content-Type ----------------------------------------------------------------------------------------

    @Test
    void aCharsetOtherThanUtf8Is415NamingIt() {
        for (String charset : List.of("bogus", "ISO-8859-1", "utf-16")) {
            Api.Response response = api.send("POST", USERS, "application/json;charset=" + charset, newUser("cs"));
            assertProblem(response, 415, "unsupported-media-type");
            assertThat(response.text("detail")).as(charset).contains("'" + charset + "'", "UTF-8");
        }
        assertProblem(api.get(USERS, "Content-Type", "application/json; charset=bogus"), 415, "unsupported-media-type");
    }

    @Test
    void utf8OrNoCharsetIsAccepted() {
        assertThat(api.send("POST", USERS, "application/json;charset=utf-8", newUser("utf8")).status()).isEqualTo(201);
        assertThat(api.send("POST", USERS, "application/json; charset=\"UTF-8\"", newUser("quoted")).status())
                .isEqualTo(201);
        assertThat(api.send("POST", USERS, "application/json", newUser("none")).status()).isEqualTo(201);
    }

    @Test
    void aBodyWithoutOrWithAnUnknownContentTypeIs415() {
        Api.Response none = assertProblem(api.send("POST", USERS, null, newUser("no-type")), 415,
                "unsupported-media-type");
        assertThat(none.text("detail")).contains("Content-Type", "application/json");
        Api.Response patch = assertProblem(api.send("PATCH", USERS + "/" + UUID.randomUUID(), null, "{\"name\":\"x\"}"),
                415, "unsupported-media-type");
        assertThat(patch.text("detail")).contains("application/merge-patch+json");
        for (String type : List.of("garbage", "foo/bar", "application/", "/json")) {
            assertProblem(api.send("POST", USERS, type, newUser("unknown")), 415, "unsupported-media-type");
        }
    }

    @Test
    void aBodylessPostNeedsNoContentType() {
        String id = api.post(USERS, newUser("restore")).text("id");

        assertThat(api.send("POST", USERS + "/" + id + "/restore", null, null).status()).isEqualTo(200);
    }

    // ---- Content-Encoding ------------------------------------------------------------------------------------

    @Test
    void aBodyThatIsNotWhatItsContentEncodingSaysIs400() {
        for (String encoding : List.of("gzip", "deflate")) {
            Api.Response response = api.send("POST", USERS, Api.JSON, newUser("enc"), "Content-Encoding", encoding);
            assertProblem(response, 400, "malformed-request");
            assertThat(response.text("detail")).as(encoding).contains("decompressed");
        }
    }

    @Test
    void aGzipBodyIsDecompressed() throws IOException {
        var gzipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(newUser("gzip").getBytes(StandardCharsets.UTF_8));
        }
        String body = gzipped.toString(StandardCharsets.ISO_8859_1);

        Api.Response created = raw.send("POST " + USERS + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    @Test
    void anUnsupportedContentEncodingIs415ListingTheSupportedOnes() {
        for (String encoding : List.of("br", "bogus", "gzip, br")) {
            Api.Response response = api.send("POST", USERS, Api.JSON, newUser("enc"), "Content-Encoding", encoding);
            assertProblem(response, 415, "unsupported-media-type");
            assertThat(response.header("Accept-Encoding")).as(encoding).isEqualTo("gzip, deflate");
        }
    }

    // ---- Accept and the response's Content-Type ---------------------------------------------------------------

    @Test
    void theResponseContentTypeIsTheServersOwnNotTheAcceptEntry() {
        for (String accept : List.of("application/json;charset=utf-16", "application/json; q=0.5; foo=bar",
                "*/*;q=0.1, application/json;q=0.9")) {
            Api.Response response = api.get(USERS + "?limit=1", "Accept", accept);
            assertThat(response.status()).as(accept).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(accept).isEqualTo("application/json");
        }
        Api.Response problem = api.get(USERS + "/" + UUID.randomUUID(), "Accept", "application/json;charset=utf-16");
        assertProblem(problem, 404, "not-found");
        assertThat(problem.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void aMediaRangeWithQualityZeroIsNotAcceptable() {
        for (String accept : List.of("application/json;q=0", "application/json;q=0, */*;q=0.5",
                "text/html, application/*;q=0")) {
            assertProblem(api.get(USERS + "?limit=1", "Accept", accept), 406, "not-acceptable");
        }
        Api.Response refused = api.get(USERS + "?limit=1", "Accept", "application/json;q=0");
        assertThat(refused.text("detail")).contains("application/json");
        assertThat(api.get(USERS + "?limit=1", "Accept", "text/html;q=0, */*").status()).isEqualTo(200);
        assertThat(api.get(USERS + "?limit=1", "Accept", "garbage").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsServedAsApplicationYaml() {
        Api.Response document = api.get("/swagger/keel.yml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).isEqualTo("application/yaml");
    }

    // ---- Error bodies of bare statuses, management endpoints ------------------------------------------------------

    @Test
    void aForeignOriginIsRefusedWithAProblem() {
        Api.Response response = api.get(USERS + "?limit=1", "Origin", "https://evil.example");

        assertProblem(response, 403, "forbidden");
        assertThat(response.text("detail")).contains("origin");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aBareErrorStatusOfAnyFilterBecomesAProblem() {
        assertProblem(api.get("/test/bare-status/401"), 401, "unauthorized");
        assertProblem(api.get("/test/bare-status/403"), 403, "forbidden");
        assertProblem(api.get("/test/bare-status/404"), 404, "not-found");
        assertThat(api.send("HEAD", "/test/bare-status/401", null, null).body()).isEmpty();
    }

    @Test
    void managementEndpointsOtherThanHealthAndPrometheusAreNotServed() {
        for (String path : List.of("/beans", "/threaddump", "/info", "/routes", "/loggers", "/env", "/caches",
                "/metrics", "/refresh", "/stop")) {
            assertProblem(api.get(path), 404, "not-found");
        }
        assertProblem(api.send("POST", "/refresh", Api.JSON, "{}"), 404, "not-found");
        assertProblem(api.send("POST", "/stop", Api.JSON, "{}"), 404, "not-found");
        // Nor is Micronaut Security's token introspection.
        assertProblem(api.get("/token_info"), 404, "not-found");
        assertProblem(api.send("POST", "/token_info", "application/x-www-form-urlencoded", "token=x"), 404, "not-found");
        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(api.get("/prometheus").status()).isEqualTo(200);
    }

    @Test
    void healthServesOnlyItsTwoProbesBelowIt() {
        for (String path : List.of("/health/foo", "/health/liveness2", "/health/%20")) {
            Api.Response response = assertProblem(api.get(path), 404, "not-found");
            assertThat(response.body()).as(path).doesNotContain("selector");
            assertProblem(anonymous.get(path), 404, "not-found");
        }
        assertThat(api.get("/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/health/readiness").status()).isEqualTo(200);
    }

    // ---- The Date header -----------------------------------------------------------------------------------------

    @Test
    void everyResponseIsDatedWithAnImfFixdate() {
        String user = api.post(USERS, newUser("dated")).text("id");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Api.Response> responses = new LinkedHashMap<>();
        responses.put("a read", api.get(USERS + "/" + user));
        responses.put("a 404 problem", api.get(USERS + "/" + UUID.randomUUID()));
        responses.put("the readiness check", api.get("/health/readiness"));
        responses.put("an unknown path", api.get("/no/such/path"));
        responses.put("a request refused before the filters",
                raw.send(get(USERS, "X-Big: " + "a".repeat(9 * 1024) + "\r\n")));
        Instant after = Instant.now();

        responses.forEach((what, response) -> {
            String date = response.header("Date");
            assertThat(date).as(what).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).as(what)
                    .isBetween(before, after);
        });
    }

    // ---- HEAD, OPTIONS, a body on GET -----------------------------------------------------------------------------

    @Test
    void headAnswersLikeGetWithoutABodyAndKeepsTheConnection() {
        String user = api.post(USERS, newUser("head")).text("id");
        String project = api.post("/api/v1/projects", "{\"name\":\"Head " + run + "\"}").text("id");
        for (String path : List.of(USERS + "/" + user, USERS + "?limit=3", USERS + "/" + UUID.randomUUID(), "/health",
                "/api/v1/me", "/api/v1/projects/" + project + "/board", "/api/v1/projects/" + project + "/tasks?limit=1")) {
            Api.Response get = api.get(path);
            Api.Response head = api.send("HEAD", path, null, null);

            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.header("X-Request-Id")).as(path).isNotBlank();
            assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
            assertThat(head.header("ETag")).as(path).isEqualTo(get.header("ETag"));
            assertThat(head.header("Content-Length")).as(path)
                    .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.header("Connection")).as(path).isNull();
        }
    }

    @Test
    void headLeavesTheLengthOutWhenTheGetCouldBeCompressed() {
        Api.Response head = api.send("HEAD", USERS + "?limit=20", null, null, "Accept-Encoding", "gzip");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo("application/json");
        assertThat(head.header("Content-Length")).isNull();
    }

    @Test
    void optionsIs405ListingTheAllowedMethods() {
        Api.Response response = assertProblem(api.send("OPTIONS", USERS, null, null), 405, "method-not-allowed");

        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void aBodyOnGetIsIgnored() {
        Api.Response response = api.send("GET", USERS + "?limit=1", Api.JSON, "{\"q\":\"nobody\"}");

        assertThat(response.status()).isEqualTo(200);
    }
}
