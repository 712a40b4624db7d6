package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problem responses. */
final class Problems {

    private Problems() {
    }

    /** Asserts a problem+json of {@code status} and type {@code urn:keel:problem:<slug>} that leaks nothing. */
    static Api.Response assertProblem(Api.Response response, int status, String slug) {
        assertProblemBody(response, status, slug);
        assertThat(response.json().get("instance").getStringValue()).startsWith("/");
        return response;
    }

    /**
     * Asserts a problem like {@link #assertProblem} for a request whose path the server could not read (a broken
     * request line): the problem then has no {@code instance}.
     */
    static Api.Response assertProblemWithoutPath(Api.Response response, int status, String slug) {
        assertProblemBody(response, status, slug);
        assertThat(response.json().get("instance")).as("instance of %s", response).isNull();
        return response;
    }

    private static void assertProblemBody(Api.Response response, int status, String slug) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("type").getStringValue()).as("type of %s", response).isEqualTo("urn:keel:problem:" + slug);
        assertThat(body.get("title").getStringValue()).isNotBlank();
        assertThat(body.get("status").getIntValue()).isEqualTo(status);
        assertThat(body.get("detail").getStringValue()).isNotBlank();
        assertThat(response.header("X-Request-Id")).as("X-Request-Id of %s", response).isNotBlank();
        assertThat(body.get("requestId").getStringValue()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContainIgnoringCase("exception")
                .doesNotContain("java.", "dev.keel", "SQL", "\tat ", "argon2");
    }

    /** The {@code field} names of the problem's {@code errors}. */
    static List<String> errorFields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> fields.add(error.get("field").getStringValue()));
        return fields;
    }
}
