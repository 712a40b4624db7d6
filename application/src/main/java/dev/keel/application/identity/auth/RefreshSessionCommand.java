package dev.keel.application.identity.auth;

import java.util.Objects;

public record RefreshSessionCommand(String refreshToken) {

    public RefreshSessionCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "RefreshSessionCommand[****]";
    }
}
