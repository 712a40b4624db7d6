package dev.keel.domain.ledger.account;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.BusinessRuleViolationException;

/** A transfer or an account change the ledger's rules refuse (422); each rule has a problem type of its own. */
public final class LedgerRuleException extends BusinessRuleViolationException {

    private LedgerRuleException(String problemCode, String problemTitle, String message) {
        super(problemCode, problemTitle, message);
    }

    public static LedgerRuleException sameAccount() {
        return new LedgerRuleException("same-account", "Debit and credit account are the same",
                "a transfer moves money between two different accounts");
    }

    public static LedgerRuleException currencyMismatch(AccountId account, String accountCurrency, String transferCurrency) {
        return new LedgerRuleException("currency-mismatch", "Currency differs from the account's",
                "account " + account + " holds " + accountCurrency + ", the transfer is in " + transferCurrency);
    }

    public static LedgerRuleException accountClosed(AccountId account) {
        return new LedgerRuleException("account-closed", "Account closed", "account " + account + " is closed and takes no transfers");
    }

    public static LedgerRuleException insufficientFunds(AccountId account) {
        return new LedgerRuleException("insufficient-funds", "Insufficient funds",
                "account " + account + " must not have more debits than credits (debitsMustNotExceedCredits)");
    }

    public static LedgerRuleException creditsExceedDebits(AccountId account) {
        return new LedgerRuleException("credits-exceed-debits", "Credits would exceed debits",
                "account " + account + " must not have more credits than debits (creditsMustNotExceedDebits)");
    }

    public static LedgerRuleException amountOutOfRange() {
        return new LedgerRuleException("amount-out-of-range", "Amount out of range",
                "amount must be a whole number of minor units from 1 to 9007199254740991 (2^53 - 1)");
    }

    public static LedgerRuleException unknownOwner(UserId owner) {
        return new LedgerRuleException("unknown-owner", "No such owner", "no live user has the id " + owner + " to own the account");
    }

    public static LedgerRuleException accountNotEmpty(AccountId account) {
        return new LedgerRuleException("account-not-empty", "Account not empty",
                "account " + account + " closes only with a zero balance and nothing pending");
    }

    public static LedgerRuleException totalsOverflow(AccountId account) {
        return new LedgerRuleException("amount-out-of-range", "Amount out of range",
                "account " + account + " cannot hold more: its posted plus pending debits or credits would pass "
                        + "9007199254740991 (2^53 - 1)");
    }
}
