package dev.keel.domain.identity.user;

public enum UserStatus {
    ACTIVE,
    SUSPENDED
}
