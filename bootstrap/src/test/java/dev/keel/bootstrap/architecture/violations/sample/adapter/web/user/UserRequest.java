package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

/** Compliant: a request record. */
public record UserRequest(String name) {
}
