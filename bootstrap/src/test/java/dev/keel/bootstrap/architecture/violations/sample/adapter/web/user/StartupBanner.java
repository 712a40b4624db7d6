package dev.keel.bootstrap.architecture.violations.sample.adapter.web.user;

import dev.keel.bootstrap.architecture.violations.sample.bootstrap.SampleApplication;

/** Violates ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP: an adapter depends on bootstrap. */
final class StartupBanner {

    String text() {
        return "Welcome to " + SampleApplication.NAME + " " + SampleApplication.version();
    }
}
