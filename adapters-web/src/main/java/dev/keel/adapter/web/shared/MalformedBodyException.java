package dev.keel.adapter.web.shared;

/** The request body is missing or is not the JSON it should be. */
public final class MalformedBodyException extends RuntimeException {

    public MalformedBodyException(String message) {
        super(message, null, false, false);
    }
}
