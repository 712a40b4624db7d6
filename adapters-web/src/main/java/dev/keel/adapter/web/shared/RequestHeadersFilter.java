package dev.keel.adapter.web.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refuses, before any endpoint, a request whose header fields describe something the API does not take: more
 * header fields than {@code keel.http.max-header-count} (431), a body encoded with a Content-Encoding the server
 * cannot decompress, a Content-Type that is not a media type or names a charset other than UTF-8, or a body
 * without a Content-Type for an endpoint that reads one (415). A supported Content-Encoding (gzip, deflate) never
 * reaches this filter: the server decompresses the body and drops the header first.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestHeadersFilter implements Ordered {

    static final String ACCEPTED_ENCODINGS = "gzip, deflate";

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "\\s*(;.*)?");
    private static final Pattern SHORT_TOKEN = Pattern.compile("\"?(" + TOKEN + ")\"?");

    private final ProblemResponses problems;
    private final int maxHeaderCount;

    RequestHeadersFilter(ProblemResponses problems, @Value("${keel.http.max-header-count:100}") int maxHeaderCount) {
        this.problems = problems;
        this.maxHeaderCount = maxHeaderCount;
    }

    @RequestFilter
    public @Nullable HttpResponse<?> checkHeaders(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        int count = headers.names().stream().mapToInt(name -> headers.getAll(name).size()).sum();
        if (count > maxHeaderCount) {
            return problems.problem(request, ProblemType.HEADER_FIELDS_TOO_LARGE,
                    "The request has " + count + " header fields; the server accepts at most " + maxHeaderCount);
        }
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            return problems.problem(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding " + named(encoding)
                            + " is not supported: send the body uncompressed, or compressed with gzip or deflate")
                    .header(HttpHeaders.ACCEPT_ENCODING, ACCEPTED_ENCODINGS);
        }
        String contentType = headers.get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            return checkContentType(request, contentType);
        }
        if (hasBody(headers) && readsBody(request)) {
            return problems.problem(request, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "A request body needs a Content-Type header: " + consumed(request));
        }
        return null;
    }

    private @Nullable HttpResponse<?> checkContentType(HttpRequest<?> request, String contentType) {
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            return problems.problem(request, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is not a media type such as application/json");
        }
        String charset = null;
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                charset = parameter.substring(equals + 1).trim();
            }
        }
        if (charset != null && !isUtf8(charset)) {
            return problems.problem(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Content-Type names charset "
                    + named(charset) + ": request bodies must be UTF-8 (send charset=utf-8 or no charset)");
        }
        return null;
    }

    private static boolean hasBody(HttpHeaders headers) {
        return headers.contentLength().orElse(0) > 0 || headers.contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean readsBody(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request).flatMap(RouteInfo::getRequestBodyType).isPresent();
    }

    private static String consumed(HttpRequest<?> request) {
        List<MediaType> types = RouteAttributes.getRouteInfo(request).map(RouteInfo::getConsumes).orElse(List.of());
        return types.isEmpty() ? MediaType.APPLICATION_JSON
                : types.stream().map(MediaType::getName).collect(Collectors.joining(" or "));
    }

    private static boolean isUtf8(String charset) {
        String name = charset.replace("\"", "").trim();
        try {
            return Charset.isSupported(name) && Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The client's value in quotes when it is a plain token, so a detail never echoes arbitrary text. */
    private static String named(String value) {
        var token = SHORT_TOKEN.matcher(value.trim());
        return token.matches() && value.trim().length() <= 40 ? "'" + token.group(1) + "'" : "(unreadable)";
    }

    @Override
    public int getOrder() {
        return RequestLineFilter.ORDER + 10;
    }
}
