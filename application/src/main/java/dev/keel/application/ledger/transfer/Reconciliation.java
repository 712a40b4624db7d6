package dev.keel.application.ledger.transfer;

import dev.keel.domain.shared.money.Currency;

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

    public record CurrencyTotals(Currency currency, long debitsPosted, long creditsPosted, long debitsPending,
                                 long creditsPending) {
        public CurrencyTotals {
            Objects.requireNonNull(currency, "currency");
        }
    }
}
