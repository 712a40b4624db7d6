/**
 * Deliberate violations of the architecture rules, for {@code KeelArchitectureRulesFailOnViolationsTest}.
 *
 * <p>{@code sample} mirrors Keel's layout ({@code sample.domain}, {@code sample.application},
 * {@code sample.adapter.persistence}, {@code sample.adapter.web}, {@code sample.bootstrap}) so that
 * {@code KeelArchitectureRules.forRoot("dev.keel.bootstrap.architecture.violations.sample")} applies to it. Every rule is broken by at least one
 * class here; a few compliant classes show that the rules report only the offenders.
 *
 * <p>Nothing here may become a bean of the application context under test: every class Micronaut would
 * turn into a bean ({@code @Controller}, {@code @JdbcRepository}) requires
 * {@code keel.architecture-fixtures=enabled}, which no configuration sets.
 * {@code KeelArchitectureFixtureIsolationTest} checks that.
 */
package dev.keel.bootstrap.architecture.violations;
