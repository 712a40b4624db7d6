package dev.keel.application.ledger.transfer;

import java.util.Optional;

/** What becomes of a pending transfer: posted (all of it, or {@code amount}; the rest is released), or voided. */
public sealed interface Resolution {

    record Post(Optional<Long> amount) implements Resolution {
    }

    record Void() implements Resolution {
    }
}
