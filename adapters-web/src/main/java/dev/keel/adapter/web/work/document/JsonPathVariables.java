package dev.keel.adapter.web.work.document;

/**
 * Finds variables ({@code $name}, {@code $"name"}) in a SQL/JSON path. The list has no way to pass their values, so
 * PostgreSQL would fail on the first document it evaluates ("could not find jsonpath variable"), and only when the
 * project has documents: such a path is refused up front instead. Follows PostgreSQL's jsonpath scanner: string
 * literals ({@code "..."} with backslash escapes) and {@code /* comments *}{@code /} are skipped, and a {@code $}
 * followed by anything but an operator, a bracket, whitespace or the end is a variable.
 */
final class JsonPathVariables {

    /** The characters that end a variable name in PostgreSQL's jsonpath scanner, and so cannot start one. */
    private static final String NOT_IN_NAMES = "?%$.[]{}()|&!=<>@#,*:-+/\\";

    private JsonPathVariables() {
    }

    static boolean present(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                for (i++; i < path.length() && path.charAt(i) != '"'; i++) {
                    if (path.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && path.startsWith("*", i + 1)) {
                int end = path.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
            } else if (c == '$' && i + 1 < path.length() && startsName(path.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsName(char c) {
        return c == '"' || NOT_IN_NAMES.indexOf(c) < 0 && !Character.isWhitespace(c);
    }
}
