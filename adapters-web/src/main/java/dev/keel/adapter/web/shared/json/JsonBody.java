package dev.keel.adapter.web.shared.json;

/**
 * A request body bound to its request record, with the canonical form of what was sent (the idempotency
 * fingerprint: equal for bodies that differ only in key order, whitespace or number spelling).
 */
public record JsonBody<T>(T value, String canonical) {

    /** Parses and binds {@code body} strictly (see {@link StrictJsonParser} and {@link RequestBinder}). */
    public static <T extends Record> JsonBody<T> read(byte[] body, Class<T> type) {
        JsonValue parsed = StrictJsonParser.parse(body);
        return new JsonBody<>(RequestBinder.bind(parsed, type), parsed.canonical());
    }
}
