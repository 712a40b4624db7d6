package dev.keel.domain.shared.money;

/** The range of an amount of money in minor units: what a JSON number carries exactly (at most 2^53 − 1). */
public final class Amounts {

    public static final long MAX = (1L << 53) - 1;

    private Amounts() {
    }

    public static boolean inRange(long amount) {
        return amount >= 1 && amount <= MAX;
    }
}
