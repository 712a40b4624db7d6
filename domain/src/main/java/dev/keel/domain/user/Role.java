package dev.keel.domain.user;

public enum Role {
    MEMBER,
    ADMIN
}
