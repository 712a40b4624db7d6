package dev.keel.application.ledger.transfer;

import dev.keel.domain.shared.money.Currency;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** The ledger checked in one snapshot: per currency totals, counts, and every violation found (none: it balances). */
public record Reconciliation(List<CurrencyTotals> currencies, long accounts, long transfers, long entries,
                             List<String> violations) {

    public Reconciliation {
        currencies = List.copyOf(currencies);
        violations = List.copyOf(violations);
    }

    public boolean balances() {
        return violations.isEmpty();
    }

    /**
     * A currency's totals over all its accounts. Each account's stay within 2^53 - 1, but their sums need not fit
     * even a long: a little over a thousand accounts at that limit pass 2^63.
     */
    public record CurrencyTotals(Currency currency, BigInteger debitsPosted, BigInteger creditsPosted,
                                 BigInteger debitsPending, BigInteger creditsPending) {
        public CurrencyTotals {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(debitsPosted, "debitsPosted");
            Objects.requireNonNull(creditsPosted, "creditsPosted");
            Objects.requireNonNull(debitsPending, "debitsPending");
            Objects.requireNonNull(creditsPending, "creditsPending");
        }
    }
}
