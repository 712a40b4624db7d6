package dev.keel.domain.ledger.account;

public enum EntrySide {
    DEBIT,
    CREDIT
}
