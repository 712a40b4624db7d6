package dev.keel.domain.work.project;

import dev.keel.domain.shared.ValidationException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A project's short name in URLs: lower-case letters, digits and hyphens, 3 to 60 characters. */
public record ProjectSlug(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 60;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SUFFIX = Pattern.compile("[1-9][0-9]*");

    public ProjectSlug {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("slug", "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " lower-case letters, digits and hyphens");
        }
    }

    /**
     * The slug a name suggests: accents dropped, lower-cased, every run of other characters one hyphen, trimmed of
     * hyphens, cut to leave room for a {@code -<n>} suffix; padded with {@code project} when too short.
     */
    public static ProjectSlug derivedFrom(ProjectName name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.value(), Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH - 6) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH - 6));
        }
        if (slug.length() < MIN_LENGTH) {
            slug = slug.isEmpty() ? "project" : slug + "-project";
        }
        return new ProjectSlug(slug);
    }

    /** This slug with the suffix {@code -n} (n ≥ 2), the candidate after {@code n - 1} taken ones. */
    public ProjectSlug withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("suffixes start at 2");
        }
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length())) : value;
        return new ProjectSlug(base + suffix);
    }

    /** {@code base} when {@code taken} lacks it, else {@code base-<n>} with n one above the highest taken suffix. */
    public static ProjectSlug nextFree(ProjectSlug base, java.util.Collection<String> taken) {
        if (!taken.contains(base.value())) {
            return base;
        }
        String prefix = base.value() + "-";
        long highest = 1;
        for (String slug : taken) {
            if (slug.startsWith(prefix) && SUFFIX.matcher(slug.substring(prefix.length())).matches()
                    && slug.length() - prefix.length() <= 9) {
                highest = Math.max(highest, Long.parseLong(slug.substring(prefix.length())));
            }
        }
        return base.withSuffix((int) highest + 1);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
