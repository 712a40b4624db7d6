package dev.keel.bootstrap.architecture;

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
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every architecture rule fails when its convention is broken: the same rules, built for the sample
 * under {@code violations.sample} (laid out like Keel), report exactly the classes planted there to
 * break them.
 */
class KeelArchitectureRulesFailOnViolationsTest {

    static final String SAMPLE = "dev.keel.bootstrap.architecture.violations.sample";

    private static final String DOMAIN = SAMPLE + ".domain.user.";
    private static final String APPLICATION = SAMPLE + ".application.user.";
    private static final String PERSISTENCE = SAMPLE + ".adapter.persistence.user.";
    private static final String WEB = SAMPLE + ".adapter.web.user.";

    /** For each rule, the planted offenders its failure must name. */
    private static final Map<String, List<String>> OFFENDERS = Map.ofEntries(
            entry("DOMAIN_DEPENDS_ONLY_ON_THE_JDK", List.of(DOMAIN + "InjectionAwareUserPolicy")),
            entry("APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API", List.of(APPLICATION + "UserExportService")),
            entry("CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS",
                    List.of(DOMAIN + "UserRenamedAt", APPLICATION + "UserNameNormalizer", APPLICATION + "UserCsvExport")),
            entry("ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER", List.of(PERSISTENCE + "UserResponseCache")),
            entry("ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP", List.of(WEB + "StartupBanner")),
            entry("CORE_DOES_NOT_DEPEND_ON_ADAPTERS", List.of(APPLICATION + "UserCsvExport")),
            entry("MAPPED_ENTITIES_ARE_NOT_PUBLIC", List.of(PERSISTENCE + "PublicUserRow")),
            entry("JDBC_REPOSITORIES_ARE_NOT_PUBLIC", List.of(PERSISTENCE + "PublicUserJdbcRepository")),
            entry("PERSISTENCE_MAPPERS_ARE_NOT_PUBLIC", List.of(PERSISTENCE + "PublicUserRowMapper")),
            entry("PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS",
                    List.of(PERSISTENCE + "UserRowCache", PERSISTENCE + "PublicUserRow")),
            entry("CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES",
                    List.of(WEB + "UserController.show(", WEB + "UserController.list(", WEB + "UserController.rename(")),
            entry("CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR",
                    List.of(WEB + "UserEventLoopController", WEB + "UserIoExecutorController")),
            entry("USE_CASE_IMPLEMENTATIONS_ARE_SERVICES", List.of(APPLICATION + "CreateUserHandler")),
            entry("USE_CASES_ARE_APPLICATION_INTERFACES", List.of(DOMAIN + "RenameUserUseCase")),
            entry("COMMANDS_AND_QUERIES_ARE_RECORDS", List.of(APPLICATION + "CreateUserCommand")),
            entry("MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS", List.of(PERSISTENCE + "UserEntity")),
            entry("JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY", List.of(PERSISTENCE + "UserDao")),
            entry("PERSISTENCE_MAPPERS_ARE_ROW_MAPPERS", List.of(PERSISTENCE + "UserConverter")),
            entry("WEB_MAPPERS_ARE_WEB_MAPPERS", List.of(WEB + "UserDtoMapper")),
            entry("CONTROLLERS_ARE_WEB_CONTROLLERS", List.of(WEB + "UserEndpoint")),
            entry("WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS", List.of(WEB + "UserResponse")),
            entry("ONE_PACKAGE_PER_AGGREGATE", List.of(APPLICATION + "AssignProjectService")));

    /** Compliant sample classes, which no rule may report as the subject of a violation. */
    private static final List<String> COMPLIANT = List.of(
            PERSISTENCE + "UserRow", PERSISTENCE + "UserJdbcRepository", PERSISTENCE + "UserRowMapper",
            PERSISTENCE + "UserPersistenceAdapter", APPLICATION + "CreateUserService", APPLICATION + "FindUserQuery",
            WEB + "UserRequest", WEB + "UserWebMapper", WEB + "UserController.create(");

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
    void everyRuleHasPlantedOffenders() {
        assertThat(OFFENDERS.keySet()).containsExactlyInAnyOrderElementsOf(SAMPLE_RULES.all().keySet());
    }

    @Test
    void theSampleIsImportedWithAllItsLayers() {
        assertThat(sample.stream().map(c -> c.getPackageName()).distinct()).contains(
                SAMPLE + ".domain.user", SAMPLE + ".domain.project", SAMPLE + ".domain.shared",
                SAMPLE + ".application.user", SAMPLE + ".adapter.persistence.user", SAMPLE + ".adapter.web.user",
                SAMPLE + ".bootstrap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFailsOnThePlantedViolationsAndNamesTheOffenders(String name, ArchRule rule) {
        Throwable failure = catchThrowable(() -> rule.check(sample));

        assertThat(failure).as("rule %s must fail on the sample", name).isInstanceOf(AssertionError.class);
        for (String offender : OFFENDERS.get(name)) {
            assertThat(failure.getMessage()).as("rule %s names offender %s", name, offender).contains(offender);
        }
        for (String compliant : COMPLIANT) {
            // ArchUnit names the subject of a violation as <class>, <class.member(...)> or <class.method(...)>.
            List<String> mentions = compliant.endsWith("(")
                    ? List.of("<" + compliant)
                    : List.of("<" + compliant + ">", "<" + compliant + ".");
            for (String mention : mentions) {
                assertThat(failure.getMessage())
                        .as("rule %s does not report compliant %s", name, compliant)
                        .doesNotContain(mention);
            }
        }
    }

    @Test
    void aggregateRuleAcceptsTheSharedDomainPackages() {
        assertThatThrownBy(() -> SAMPLE_RULES.onePackagePerAggregate.check(sample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("reaches into domain package 'project'")
                .hasMessageNotContaining("reaches into domain package 'shared'");
    }

    @Test
    void blockingExecutorRuleChecksTheExecutorNotJustTheAnnotation() {
        assertThatThrownBy(() -> SAMPLE_RULES.controllersRunOnTheBlockingExecutor.check(sample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("<" + WEB + "UserEventLoopController>")
                .hasMessageContaining("<" + WEB + "UserIoExecutorController>")
                // Controllers with @ExecuteOn(TaskExecutors.BLOCKING) pass, whatever else they break.
                .hasMessageNotContaining("<" + WEB + "UserController>")
                .hasMessageNotContaining("<" + WEB + "UserEndpoint>");
    }

    @Test
    void constantsAreTheRulesForKeelsRoot() {
        assertThat(KeelArchitectureRules.forRoot(KeelArchitectureRules.ROOT).all().keySet())
                .containsExactlyElementsOf(SAMPLE_RULES.all().keySet());
        assertThat(KeelArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK.getDescription())
                .contains(KeelArchitectureRules.ROOT + ".domain..")
                .doesNotContain(SAMPLE);
    }
}
