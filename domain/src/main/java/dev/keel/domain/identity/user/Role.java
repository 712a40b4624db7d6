package dev.keel.domain.identity.user;

public enum Role {
    MEMBER,
    ADMIN
}
