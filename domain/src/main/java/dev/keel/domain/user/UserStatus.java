package dev.keel.domain.user;

public enum UserStatus {
    ACTIVE,
    SUSPENDED
}
