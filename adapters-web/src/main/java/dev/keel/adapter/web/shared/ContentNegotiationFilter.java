package dev.keel.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Content negotiation as RFC 9110 (section 12.5.1) defines it, where the framework falls short: a media range
 * with {@code q=0} means "not acceptable" (406 when it rules out every type the endpoint produces), and the
 * response's Content-Type is the server's own, never the client's Accept entry with its parameters
 * ({@code charset=utf-16}, {@code q=0}) echoed over a UTF-8 body. YAML files (the OpenAPI document) are
 * {@code application/yaml}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class ContentNegotiationFilter implements Ordered {

    static final MediaType APPLICATION_YAML = MediaType.of("application/yaml");

    private final ProblemResponses problems;

    ContentNegotiationFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestFilter
    public @Nullable HttpResponse<?> refuseUnacceptable(HttpRequest<?> request) {
        List<MediaType> produced = RouteAttributes.getRouteInfo(request).map(RouteInfo::getProduces).orElse(List.of());
        List<Range> ranges = ranges(request);
        if (produced.isEmpty() || ranges.isEmpty()
                || produced.stream().anyMatch(type -> quality(type, ranges) > 0)) {
            return null;
        }
        return problems.problem(request, ProblemType.NOT_ACCEPTABLE, "The Accept header rules out every media type "
                + "this endpoint produces: " + produced.stream().map(MediaType::getName).collect(Collectors.joining(", ")));
    }

    @ResponseFilter
    public void useOwnContentType(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MediaType sent = response.getContentType().orElse(null);
        List<MediaType> produced = RouteAttributes.getRouteInfo(request).map(RouteInfo::getProduces).orElse(List.of());
        boolean hasBody = response.getBody().isPresent() || RouteAttributes.getHeadBody(response).isPresent();
        if (sent == null && hasBody && !produced.isEmpty()) {
            // Left alone, the framework would take the client's first Accept entry, parameters and all.
            response.contentType(produced.size() == 1 ? produced.getFirst() : preferred(produced, ranges(request)));
        }
        String path = request.getPath();
        if ((endsWithIgnoringCase(path, ".yml") || endsWithIgnoringCase(path, ".yaml")) && response.code() < 300
                && (sent == null || sent.getName().equals(MediaType.TEXT_PLAIN))) {
            response.contentType(APPLICATION_YAML);
        }
    }

    /** Of the types an endpoint produces, the first with the highest quality the Accept header gives. */
    private static MediaType preferred(List<MediaType> produced, List<Range> ranges) {
        MediaType best = produced.getFirst();
        for (MediaType type : produced) {
            if (!ranges.isEmpty() && quality(type, ranges) > quality(best, ranges)) {
                best = type;
            }
        }
        return best;
    }

    private static boolean endsWithIgnoringCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** The q-value the Accept header gives {@code type}: that of the most specific range matching it, else 0. */
    private static double quality(MediaType type, List<Range> ranges) {
        Range best = null;
        for (Range range : ranges) {
            if (range.matches(type) && (best == null || range.specificity() > best.specificity())) {
                best = range;
            }
        }
        return best == null ? 0 : best.quality();
    }

    /** The well-formed ranges of the Accept header; none when it is absent or unreadable (then anything goes). */
    private static List<Range> ranges(HttpRequest<?> request) {
        List<Range> ranges = new ArrayList<>();
        for (String header : request.getHeaders().getAll(HttpHeaders.ACCEPT)) {
            for (String entry : header.split(",")) {
                Range range = Range.parse(entry);
                if (range != null) {
                    ranges.add(range);
                }
            }
        }
        return ranges;
    }

    private record Range(String type, String subtype, double quality) {

        static @Nullable Range parse(String entry) {
            String[] parts = entry.split(";");
            String[] name = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (name.length != 2 || name[0].isEmpty() || name[1].isEmpty() || name[0].equals("*") && !name[1].equals("*")) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                    try {
                        quality = Double.parseDouble(parameter[1].trim());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return quality < 0 || quality > 1 ? null : new Range(name[0], name[1], quality);
        }

        boolean matches(MediaType type) {
            return (this.type.equals("*") || this.type.equalsIgnoreCase(type.getType()))
                    && (subtype.equals("*") || subtype.equalsIgnoreCase(type.getSubtype()));
        }

        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }
    }

    @Override
    public int getOrder() {
        return RequestLineFilter.ORDER + 20;
    }
}
