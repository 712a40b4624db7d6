package dev.keel.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every architecture rule fails when its convention is broken: the same rules, built for the sample under
 * {@code violations.sample} (laid out like Keel), fail on the one class planted there to break each of
 * them, and on nothing else.
 */
class KeelArchitectureRulesFailOnViolationsTest {

    static final String SAMPLE = "dev.keel.bootstrap.architecture.violations.sample";

    /** For each rule, the sample class that breaks it and what its failure must say besides the name. */
    private static final Map<String, Planted> PLANTED = Map.ofEntries(
            planted("DOMAIN_DEPENDS_ONLY_ON_THE_JDK", "domain.identity.user.User", "<java.sql.Timestamp>"),
            planted("APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API", "application.work.project.ProjectBilling",
                    "<java.sql.Connection>"),
            planted("ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER", "adapter.persistence.work.project.ProjectResponseCache",
                    "<" + SAMPLE + ".adapter.web.work.project.ProjectResponse>"),
            planted("ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP", "adapter.persistence.work.project.ProjectFallback",
                    "<" + SAMPLE + ".bootstrap.InMemoryProjectRepository>"),
            planted("CONTEXTS_USE_ONLY_ID_TYPES_AND_PORTS_OF_OTHER_CONTEXTS", "domain.work.project.ProjectRepository",
                    "context 'work' uses <" + SAMPLE + ".domain.identity.user.User> of context 'identity'"),
            planted("IDENTITY_AND_SHARED_USE_NO_OTHER_CONTEXT", "domain.shared.Audit",
                    "context 'shared' uses <" + SAMPLE + ".domain.identity.user.User> of context 'identity'"),
            planted("CONTEXTS_ARE_FREE_OF_CYCLES", "application.ledger.account.AccountCharges",
                    "<" + SAMPLE + ".application.work.project.ProjectBilling.bill("),
            planted("PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS", "adapter.persistence.work.project.ProjectRow"),
            planted("CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES", "adapter.web.identity.user.UserController",
                    "returns domain type", "takes (parameter 0) domain type"),
            planted("CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR", "adapter.web.work.project.ProjectController"),
            planted("USE_CASES_ARE_APPLICATION_INTERFACES", "domain.identity.user.RenameUserUseCase"),
            planted("USE_CASE_IMPLEMENTATIONS_ARE_NAMED_AFTER_THEIR_USE_CASE", "application.identity.user.RenameUserHandler",
                    "is not named RenameUserService"),
            planted("COMMANDS_AND_QUERIES_ARE_RECORDS", "application.identity.user.RenameUserCommand"),
            planted("MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS", "adapter.persistence.work.project.ProjectEntity"),
            planted("JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY", "adapter.persistence.work.project.ProjectDao"),
            planted("REPOSITORY_IMPLEMENTATIONS_ARE_PERSISTENCE_ADAPTERS", "bootstrap.InMemoryProjectRepository",
                    "is not named ProjectPersistenceAdapter"),
            planted("CONTROLLERS_ARE_WEB_CONTROLLERS", "adapter.web.work.project.ProjectEndpoint"),
            planted("WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS", "adapter.web.work.project.ProjectResponse"));

    /** Sample classes that break no rule: they show what a rule allows. */
    private static final List<String> ALLOWED = List.of(SAMPLE + ".application.identity.auth.Actor",
            SAMPLE + ".application.work.project.ArchiveProjectCommand");

    private static final KeelArchitectureRules SAMPLE_RULES = KeelArchitectureRules.forRoot(SAMPLE);

    private static JavaClasses sample;

    @BeforeAll
    static void importSample() {
        // The sample lives in test classes, so no DoNotIncludeTests here.
        sample = new ClassFileImporter().importPackages(SAMPLE);
    }

    static Stream<Arguments> rules() {
        return SAMPLE_RULES.all().entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @Test
    void theSampleIsOneOffenderPerRuleAndNothingElse() {
        assertThat(PLANTED.keySet()).containsExactlyInAnyOrderElementsOf(SAMPLE_RULES.all().keySet());
        assertThat(sample.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(javaClass -> javaClass.getPackageName().startsWith(SAMPLE))
                .filter(KeelArchitectureRules.generatedCode().negate())
                .map(JavaClass::getName))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(PLANTED.values().stream().map(Planted::offender),
                        ALLOWED.stream()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFailsOnItsPlantedOffenderOnly(String name, ArchRule rule) {
        Planted planted = PLANTED.get(name);
        List<String> violations = rule.evaluate(sample).getFailureReport().getDetails();

        assertThat(violations).as("violations of %s in the sample", name)
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation)
                        .as("a violation of %s names its planted offender %s", name, planted.offender())
                        .containsPattern("<" + Pattern.quote(planted.offender()) + "[>.$]"));
        for (String evidence : planted.evidence()) {
            assertThat(String.join("\n", violations)).as("what the failure of %s says", name).contains(evidence);
        }
    }

    @Test
    void aCommandOfAnotherContextMayCarryIdentitysActor() {
        ArchRule rule = SAMPLE_RULES.all().get("CONTEXTS_USE_ONLY_ID_TYPES_AND_PORTS_OF_OTHER_CONTEXTS");

        assertThat(rule.evaluate(sample).getFailureReport().getDetails())
                .as("ArchiveProjectCommand (work) holds identity's Actor")
                .noneMatch(violation -> violation.contains("ArchiveProjectCommand") || violation.contains("auth.Actor"));
        assertThat(rule.evaluate(sample).getFailureReport().getDetails())
                .as("identity's aggregate stays out of reach").anyMatch(violation -> violation.contains("identity.user.User>"));
    }

    private static Map.Entry<String, Planted> planted(String rule, String offender, String... evidence) {
        return entry(rule, new Planted(SAMPLE + "." + offender, List.of(evidence)));
    }

    private record Planted(String offender, List<String> evidence) {
    }
}
