/**
 * Deliberate violations of the architecture rules, for {@code KeelArchitectureRulesFailOnViolationsTest}.
 *
 * <p>{@code sample} mirrors Keel's layout ({@code sample.<layer>.<context>.<aggregate>} for the layers
 * {@code domain}, {@code application}, {@code adapter.persistence}, {@code adapter.web}, and a flat
 * {@code sample.bootstrap}) so that
 * {@code KeelArchitectureRules.forRoot("dev.keel.bootstrap.architecture.violations.sample")} applies to it.
 * It holds exactly one class per rule, the one that breaks it (its documentation says which); classes that
 * another offender needs as a target are offenders of their own rule, so no class is there for nothing.
 *
 * <p>Nothing here may become a bean of the application context under test: every class Micronaut would
 * turn into a bean ({@code @Controller}, {@code @JdbcRepository}) requires
 * {@code keel.architecture-fixtures=enabled}, which no configuration sets.
 * {@code KeelArchitectureFixtureIsolationTest} checks that.
 */
package dev.keel.bootstrap.architecture.violations;
