package dev.keel.adapter.persistence.shared.keyset;

/** LIKE patterns built from client text, whose wildcards are taken literally (with {@code ESCAPE '\'}). */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%}: any value containing {@code text}. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
