package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.AccountCode;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.shared.money.Currency;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A new account; {@code owner} empty makes a system account (administrators only). */
public record OpenAccountCommand(Actor actor, Optional<AccountCode> code, AccountName name, Currency currency,
                                 Optional<UserId> owner, boolean debitsMustNotExceedCredits,
                                 boolean creditsMustNotExceedDebits) {

    public OpenAccountCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(owner, "owner");
    }

    /**
     * Validates raw input, reporting every bad field at once. Without {@code ownerId} the account is the caller's, unless
     * {@code systemAccount}: the client sent {@code "ownerId": null} on purpose.
     */
    public static OpenAccountCommand of(Actor actor, String code, String name, String currency, UUID ownerId,
                                        boolean systemAccount, Boolean debitsMustNotExceedCredits,
                                        Boolean creditsMustNotExceedDebits) {
        var violations = new Violations();
        AccountCode validCode = violations.checkIfPresent(code, AccountCode::new);
        AccountName validName = violations.check(() -> new AccountName(name));
        Currency validCurrency = violations.check(() -> Currency.of("currency", currency));
        boolean debitLimit = Boolean.TRUE.equals(debitsMustNotExceedCredits);
        boolean creditLimit = Boolean.TRUE.equals(creditsMustNotExceedDebits);
        if (debitLimit && creditLimit) {
            violations.add("creditsMustNotExceedDebits", "cannot be combined with debitsMustNotExceedCredits");
        }
        violations.throwIfAny();
        Optional<UserId> owner = ownerId != null ? Optional.of(new UserId(ownerId))
                : systemAccount ? Optional.empty() : Optional.of(actor.userId());
        return new OpenAccountCommand(actor, Optional.ofNullable(validCode), validName, validCurrency, owner, debitLimit, creditLimit);
    }
}
