package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before any endpoint, a request line the server decoded but the API cannot use: an HTTP version it does
 * not speak, or a request target whose path or query string is not valid percent-encoded UTF-8 or carries a NUL
 * character (which no text column can store). Every endpoint's query parameters are checked here, once, so no
 * controller sees such a value; a bad parameter value is a validation problem naming the parameter. For an API
 * endpoint that problem is left to the check of its query parameters ({@link UndecodableQueryValues}), which reports it
 * with the others.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestLineFilter implements Ordered {

    /** Right after the request id is assigned, before any other check. */
    static final int ORDER = ServerFilterPhase.FIRST.after() + 10;

    private final ProblemResponses problems;

    RequestLineFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestFilter
    public @Nullable HttpResponse<?> checkRequestLine(HttpRequest<?> request) {
        var transportProblem = problems.forTransport(request);
        if (transportProblem.isPresent()) {
            return transportProblem.get();
        }
        String path = request.getPath();
        if (!PercentDecoding.isPlain(path)) {
            for (String segment : path.split("/", -1)) {
                try {
                    PercentDecoding.decode(segment, false);
                } catch (PercentDecoding.MalformedException e) {
                    return problems.problem(request, ProblemType.MALFORMED_REQUEST,
                            "The request path " + e.getMessage());
                }
            }
        }
        // The server has parsed the target as a java.net.URI already: what it could not parse never gets here.
        URI target = request.getUri();
        if (target.getRawFragment() != null) {
            return problems.problem(request, ProblemType.MALFORMED_REQUEST,
                    "The request target must not contain a fragment (#): percent-encode it as %23");
        }
        String query = target.getRawQuery();
        return query == null || PercentDecoding.isPlain(query) ? null : checkQuery(request, query);
    }

    private @Nullable HttpResponse<?> checkQuery(HttpRequest<?> request, String query) {
        List<FieldViolation> violations = new ArrayList<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name;
            try {
                name = PercentDecoding.decode(equals < 0 ? parameter : parameter.substring(0, equals), true);
            } catch (PercentDecoding.MalformedException e) {
                return problems.problem(request, ProblemType.MALFORMED_REQUEST,
                        "The query string is not valid: a parameter name " + e.getMessage());
            }
            if (equals >= 0) {
                try {
                    PercentDecoding.decode(parameter.substring(equals + 1), true);
                } catch (PercentDecoding.MalformedException e) {
                    if (e.flaw() == PercentDecoding.Flaw.BAD_ESCAPE || e.flaw() == PercentDecoding.Flaw.RAW_CHARACTER) {
                        return problems.problem(request, ProblemType.MALFORMED_REQUEST,
                                "The query string is not valid: the value of '" + name + "' " + e.getMessage());
                    }
                    violations.add(new FieldViolation(name, e.getMessage()));
                }
            }
        }
        if (violations.isEmpty()) {
            return null;
        }
        if (UndecodableQueryValues.routeChecks(request)) {
            // Reported with the route's other faulty parameters, once the route's query is checked.
            UndecodableQueryValues.attach(request, violations);
            return null;
        }
        return problems.forException(request, new ValidationException(violations)).orElseThrow();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
