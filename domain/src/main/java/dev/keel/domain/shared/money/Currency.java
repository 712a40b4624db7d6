package dev.keel.domain.shared.money;

import dev.keel.domain.shared.ValidationException;

import java.util.Objects;

/** An ISO 4217 currency code, such as EUR; amounts in it are integers in its minor units. */
public record Currency(String code) {

    public Currency {
        Objects.requireNonNull(code, "code");
    }

    /** {@link ValidationException} on {@code field} unless {@code code} is a currency the JDK knows by that code. */
    public static Currency of(String field, String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw ValidationException.of(field, "must be an ISO 4217 currency code of three capital letters, such as EUR");
        }
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "is not an ISO 4217 currency code");
        }
        return new Currency(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
