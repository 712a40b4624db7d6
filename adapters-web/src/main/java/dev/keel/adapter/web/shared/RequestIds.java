package dev.keel.adapter.web.shared;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/** The X-Request-Id of a request: the client's when it is a sane token, otherwise a new UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "keel.requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    /** The id assigned to {@code request}, assigning one first if the filter has not. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> assign(request));
    }

    static String assign(HttpRequest<?> request) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
