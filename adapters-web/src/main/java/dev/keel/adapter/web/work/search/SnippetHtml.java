package dev.keel.adapter.web.work.search;

import dev.keel.domain.work.search.Snippet;

/** A snippet as HTML: the text escaped, the matches wrapped in {@code <mark>}; no other markup can come from the text. */
final class SnippetHtml {

    private SnippetHtml() {
    }

    static String of(Snippet snippet) {
        StringBuilder html = new StringBuilder();
        for (Snippet.Segment segment : snippet.segments()) {
            if (segment.highlighted()) {
                html.append("<mark>");
            }
            escape(segment.text(), html);
            if (segment.highlighted()) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
