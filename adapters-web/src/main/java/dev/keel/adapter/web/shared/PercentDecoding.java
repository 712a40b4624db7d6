package dev.keel.adapter.web.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of a request target's parts (RFC 3986): only the characters the RFC allows unencoded,
 * {@code %XX} escapes with two hex digits, and escapes that form valid UTF-8 (no overlong forms, no encoded
 * surrogates). The framework's own decoding is lenient: it turns invalid UTF-8 into U+FFFD.
 */
final class PercentDecoding {

    /** Why a part of the request target is refused. */
    enum Flaw {
        RAW_CHARACTER("contains a character that must be percent-encoded (%XX)"),
        BAD_ESCAPE("contains a % that is not followed by two hex digits"),
        NOT_UTF8("is not valid percent-encoded UTF-8"),
        NUL("must not contain the NUL character (%00)");

        private final String message;

        Flaw(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }
    }

    /** A part that cannot be decoded. */
    static final class MalformedException extends Exception {

        private final Flaw flaw;

        MalformedException(Flaw flaw) {
            super(flaw.message(), null, false, false);
            this.flaw = flaw;
        }

        Flaw flaw() {
            return flaw;
        }
    }

    // RFC 3986 pchar without the percent: unreserved, sub-delims, ':' and '@'; '/' and '?' may appear in a query.
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";

    private PercentDecoding() {
    }

    /**
     * Decodes {@code raw}; {@code form} decodes '+' to a space, as the query string of an HTML form (and the
     * framework's parameter binding) does.
     */
    static String decode(String raw, boolean form) throws MalformedException {
        var bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    throw new MalformedException(Flaw.BAD_ESCAPE);
                }
                bytes.put((byte) (hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2))));
                i += 2;
            } else if (isAllowed(c)) {
                bytes.put((byte) (form && c == '+' ? ' ' : c));
            } else {
                throw new MalformedException(Flaw.RAW_CHARACTER);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(Flaw.NOT_UTF8);
        }
        if (decoded.indexOf('\0') >= 0) {
            throw new MalformedException(Flaw.NUL);
        }
        return decoded;
    }

    /**
     * Whether {@code raw} holds only characters allowed unencoded, and so no escape: {@link #decode} would accept it
     * and change nothing but a form's '+'. Most request targets are such, and this scan allocates nothing.
     */
    static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!isAllowed(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ALLOWED.indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
