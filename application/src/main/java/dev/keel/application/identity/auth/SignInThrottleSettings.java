package dev.keel.application.identity.auth;

import java.time.Duration;
import java.util.Objects;

/** How many failed sign-ins within {@code window} lock out an e-mail and a client address. */
public record SignInThrottleSettings(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window) {

    public static final SignInThrottleSettings DEFAULT = new SignInThrottleSettings(5, 50, Duration.ofMinutes(15));

    public SignInThrottleSettings {
        Objects.requireNonNull(window, "window");
        if (maxFailuresPerEmail < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("thresholds must be at least 1 and the window positive");
        }
    }
}
