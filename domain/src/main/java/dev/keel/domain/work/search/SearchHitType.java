package dev.keel.domain.work.search;

/** What a search hit is; its API name is the lower-case constant name. */
public enum SearchHitType {
    TASK,
    COMMENT,
    DOCUMENT;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
