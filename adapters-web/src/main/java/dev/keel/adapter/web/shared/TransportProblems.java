package dev.keel.adapter.web.shared;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * What the HTTP server refused below routing: a request line or header section it could not decode, an HTTP
 * version it does not speak. Only the server's own types can tell, and this adapter does not see them, so the
 * implementation lives where the server is wired (bootstrap); without one, nothing is classified.
 */
public interface TransportProblems {

    /** The problem of {@code request} at the transport level; empty for a request the server decoded normally. */
    Optional<TransportProblem> of(HttpRequest<?> request);

    /**
     * A transport-level problem. {@code targetKnown} is false when the request line itself could not be read:
     * the request then has no path, and the problem no {@code instance}.
     */
    record TransportProblem(ProblemType type, String detail, boolean targetKnown) {
    }
}
