package dev.keel.application.shared.idempotency;

import java.util.Map;
import java.util.Objects;

/** The parts of a finished response that a replay repeats: status, the headers that matter, and the body. */
public record StoredResponse(int status, Map<String, String> headers, String body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}
