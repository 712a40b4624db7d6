package dev.keel.adapter.web.shared;

import dev.keel.adapter.web.shared.json.StrictJsonParser;
import dev.keel.adapter.web.shared.json.JsonValue;
import dev.keel.application.shared.idempotency.IdempotentExecution;
import dev.keel.application.shared.idempotency.StoredResponse;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code Idempotency-Key} (CONVENTIONS.md section 3), for any POST endpoint: fingerprints the
 * request ({@link RequestFingerprints}: keyed, as a body may hold a password), runs it through
 * {@link IdempotentExecution} (which commits the stored response with the effect), and answers with the stored
 * response, the first time and on every replay alike.
 */
@Singleton
public final class IdempotentRequests {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The canonical body of a POST that reads none (a restore): only its method and path tell requests apart. */
    public static final String NO_BODY = "";
    /**
     * Headers carried over from the action's response; {@code Idempotent-Replayed} too, for an action that replays by
     * its own means (a ledger transfer sent again with its id).
     */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, REPLAYED_HEADER);

    private final IdempotentExecution execution;
    private final ProblemResponses problems;
    private final JsonMapper json;
    private final RequestFingerprints fingerprints;

    IdempotentRequests(IdempotentExecution execution, ProblemResponses problems, JsonMapper json,
                       RequestFingerprints fingerprints) {
        this.execution = execution;
        this.problems = problems;
        this.json = json;
        this.fingerprints = fingerprints;
    }

    /**
     * Refuses an {@code Idempotency-Key} on an endpoint whose response must not be stored, such as one carrying
     * credentials: a client sending one would believe a retry safe that is not.
     */
    public void refuseKey(HttpRequest<?> request, String why) {
        if (request.getHeaders().contains(KEY_HEADER)) {
            throw ValidationException.of(KEY_HEADER, "is not accepted here: " + why);
        }
    }

    /**
     * Runs {@code action} once per {@code Idempotency-Key} of {@code request}; without a key, simply runs it.
     * {@code canonicalBody} must be the same for bodies that mean the same (see {@code JsonBody}).
     */
    public HttpResponse<?> run(HttpRequest<?> request, String canonicalBody, Supplier<MutableHttpResponse<?>> action) {
        List<String> keys = request.getHeaders().getAll(KEY_HEADER);
        if (keys.isEmpty()) {
            return action.get();
        }
        if (keys.size() > 1) {
            throw ValidationException.of(KEY_HEADER, "must be sent once");
        }
        // A precondition is part of the request: the same key with another If-Match is another request.
        String precondition = request.getHeaders().findFirst(HttpHeaders.IF_MATCH).map(tag -> "If-Match: " + tag + "\n")
                .orElse("");
        String fingerprint = fingerprints.of(request.getMethodName() + " " + request.getPath() + "\n" + precondition
                + canonicalBody);
        // Keys are the caller's own: the signed-in user's, or the one scope all anonymous requests share.
        String scope = request.getUserPrincipal().map(principal -> "user:" + principal.getName())
                .orElse(IdempotentExecution.ANONYMOUS_SCOPE);
        IdempotentExecution.Outcome outcome = execution.execute(scope, keys.getFirst(), fingerprint,
                () -> store(action.get()),
                refused -> store(problems.forException(request, refused).orElseThrow()));
        return outcome.replayed() ? replay(outcome.response(), request) : toHttp(outcome.response());
    }

    private StoredResponse store(MutableHttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        KEPT_HEADERS.forEach(name -> response.getHeaders().getFirst(name).ifPresent(value -> headers.put(name, value)));
        response.getContentType().ifPresent(type -> headers.put(HttpHeaders.CONTENT_TYPE, type.toString()));
        String body = response.getBody().map(this::write).orElse("");
        return new StoredResponse(response.code(), headers, body);
    }

    /**
     * The stored response again, marked as a replay. A problem's {@code requestId} is the replaying request's:
     * it is what the client will quote, and what the access log of this request shows.
     */
    private MutableHttpResponse<byte[]> replay(StoredResponse stored, HttpRequest<?> request) {
        String body = stored.body();
        if (ProblemResponses.PROBLEM_JSON.toString().equals(stored.headers().get(HttpHeaders.CONTENT_TYPE))) {
            body = withRequestId(body, RequestIds.of(request));
        }
        MutableHttpResponse<byte[]> replayed = toHttp(new StoredResponse(stored.status(), stored.headers(), body));
        replayed.getHeaders().set(REPLAYED_HEADER, "true");
        return replayed;
    }

    private String withRequestId(String problemBody, String requestId) {
        if (!(StrictJsonParser.parse(problemBody.getBytes(StandardCharsets.UTF_8)) instanceof JsonValue.JsonObject problem)) {
            return problemBody;
        }
        Map<String, Object> fields = problem.toJava();
        fields.put("requestId", requestId);
        return write(fields);
    }

    private static MutableHttpResponse<byte[]> toHttp(StoredResponse stored) {
        MutableHttpResponse<byte[]> response = HttpResponse.status(HttpStatus.valueOf(stored.status()));
        stored.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.contentType(MediaType.of(value));
            } else {
                response.header(name, value);
            }
        });
        return stored.body().isEmpty() ? response : response.body(stored.body().getBytes(StandardCharsets.UTF_8));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("response could not be serialized", e);
        }
    }
}
