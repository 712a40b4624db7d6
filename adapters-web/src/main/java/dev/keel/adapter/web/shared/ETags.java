package dev.keel.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resource versions as strong entity tags: version 3 is {@code "3"}. */
public final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\\s*\"(0|[1-9]\\d{0,17})\"\\s*");
    /** A precondition no version can meet: an If-Match naming no version of ours. */
    private static final long UNMATCHABLE = -1;

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header demands, comparing entity tags as strings ({@code "00"} is not version 0): empty when absent or {@code *}; a value no resource has when
     * it names something other than one of our entity tags (so the request fails with 412, as RFC 9110 says).
     */
    public static Optional<Long> expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = STRONG_VERSION.matcher(ifMatch);
        return Optional.of(matcher.matches() ? Long.parseLong(matcher.group(1)) : UNMATCHABLE);
    }
}
