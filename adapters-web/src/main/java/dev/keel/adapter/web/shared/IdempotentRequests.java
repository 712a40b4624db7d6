package dev.keel.adapter.web.shared;

import dev.keel.application.shared.idempotency.IdempotentExecution;
import dev.keel.application.shared.idempotency.StoredResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code Idempotency-Key} (CONVENTIONS.md section 3), for any POST endpoint: fingerprints
 * the request, runs it through {@link IdempotentExecution}, and answers with the stored response, the
 * first time and on every replay alike.
 */
@Singleton
public final class IdempotentRequests {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Headers carried over from the action's response; Retry-After matters for a 503, which is not stored. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.RETRY_AFTER);

    private final IdempotentExecution execution;
    private final ProblemResponses problems;
    private final JsonObjectReader json;

    IdempotentRequests(IdempotentExecution execution, ProblemResponses problems, JsonObjectReader json) {
        this.execution = execution;
        this.problems = problems;
        this.json = json;
    }

    /**
     * Runs {@code action} once per key; without a key, simply runs it. {@code canonicalBody} must be the
     * same for requests that mean the same (the parsed body, serialized in a fixed field order).
     */
    public HttpResponse<?> run(HttpRequest<?> request, @Nullable String key, String canonicalBody,
                               Supplier<MutableHttpResponse<?>> action) {
        if (key == null) {
            return action.get();
        }
        String fingerprint = sha256(request.getMethodName() + " " + request.getPath() + "\n" + canonicalBody);
        IdempotentExecution.Outcome outcome = execution.execute(key, fingerprint, () -> store(request, action));
        MutableHttpResponse<byte[]> response = toHttp(outcome.response());
        return outcome.replayed() ? response.header(REPLAYED_HEADER, "true") : response;
    }

    private StoredResponse store(HttpRequest<?> request, Supplier<MutableHttpResponse<?>> action) {
        MutableHttpResponse<?> response = runToResponse(request, action);
        Map<String, String> headers = new LinkedHashMap<>();
        KEPT_HEADERS.forEach(name -> response.getHeaders().getFirst(name).ifPresent(value -> headers.put(name, value)));
        response.getContentType().ifPresent(type -> headers.put(HttpHeaders.CONTENT_TYPE, type.toString()));
        String body = response.getBody().map(json::write).orElse("");
        return new StoredResponse(response.code(), headers, body);
    }

    /** The action's response, or the problem response its deliberate failure stands for. */
    private MutableHttpResponse<?> runToResponse(HttpRequest<?> request, Supplier<MutableHttpResponse<?>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return problems.forException(request, e).orElseThrow(() -> e);
        }
    }

    private static MutableHttpResponse<byte[]> toHttp(StoredResponse stored) {
        MutableHttpResponse<byte[]> response = HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(stored.status()));
        stored.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.contentType(MediaType.of(value));
            } else {
                response.header(name, value);
            }
        });
        return stored.body().isEmpty() ? response : response.body(stored.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
