package dev.keel.bootstrap.architecture.violations.sample.bootstrap;

/** Compliant: the sample's bootstrap, which nothing else may depend on. */
public final class SampleApplication {

    public static final String NAME = "sample";

    private SampleApplication() {
    }

    public static String version() {
        return "1";
    }
}
