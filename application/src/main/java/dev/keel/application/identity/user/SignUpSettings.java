package dev.keel.application.identity.user;

/** Whether anyone may create an account ({@code KEEL_SIGNUP=open}) or only administrators ({@code closed}). */
public record SignUpSettings(boolean open) {
}
