package dev.keel.domain.work.search;

import java.util.List;
import java.util.Objects;

/** An excerpt of a hit's text, cut into plain and highlighted (matching) segments, in order. */
public record Snippet(List<Segment> segments) {

    public Snippet {
        segments = List.copyOf(segments);
    }

    public record Segment(String text, boolean highlighted) {
        public Segment {
            Objects.requireNonNull(text, "text");
        }
    }
}
