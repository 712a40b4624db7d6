package dev.keel.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mapstruct.Mapper;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keel's production code follows the architecture rules of CONVENTIONS.md section 1. */
class KeelArchitectureTest {

    private static JavaClasses keel;

    @BeforeAll
    static void importKeel() {
        keel = KeelArchitectureRules.importProductionClasses();
    }

    @Test
    void importCoversProductionClassesOfAllFiveModulesAndNoTestCode() {
        for (String module : new String[] {"domain", "application", "adapter.persistence", "adapter.web", "bootstrap"}) {
            String packagePrefix = KeelArchitectureRules.ROOT + "." + module + ".";
            assertThat(keel.stream().filter(c -> c.getPackageName().concat(".").startsWith(packagePrefix)))
                    .as("production classes imported from package %s", packagePrefix)
                    .isNotEmpty();
        }
        assertThat(keel.stream().map(JavaClass::getName))
                .as("test classes, fixtures and test-jars must not be imported as production code")
                .doesNotContain(KeelArchitectureRules.class.getName(), KeelArchitectureTest.class.getName(),
                        "dev.keel.adapter.persistence.testing.TestDatabaseSession",
                        "dev.keel.adapter.persistence.testing.TestDatabase")
                .noneMatch(name -> name.startsWith("dev.keel.bootstrap.architecture."))
                .noneMatch(name -> name.startsWith("dev.keel.bootstrap.schema."));
    }

    @Test
    void importContainsEveryKindOfClassTheRulesAreAbout() {
        assertPresent("a @MappedEntity", c -> c.isAnnotatedWith(MappedEntity.class));
        assertPresent("a @JdbcRepository", c -> c.isAnnotatedWith(JdbcRepository.class));
        assertPresent("a persistence @Mapper",
                c -> c.isAnnotatedWith(Mapper.class) && c.getPackageName().startsWith("dev.keel.adapter.persistence"));
        assertPresent("a @Controller", c -> c.isAnnotatedWith(Controller.class));
        assertPresent("a @Controller of the web adapter",
                c -> c.isAnnotatedWith(Controller.class) && c.getPackageName().startsWith("dev.keel.adapter.web"));
        assertPresent("a *UseCase interface", c -> c.isInterface() && c.getSimpleName().endsWith("UseCase"));
        assertPresent("a *Service implementation",
                c -> c.getSimpleName().endsWith("Service") && c.getPackageName().startsWith("dev.keel.application"));
        assertPresent("a *Command record", c -> c.getSimpleName().endsWith("Command"));
        assertPresent("a public persistence port implementation",
                c -> c.getPackageName().startsWith("dev.keel.adapter.persistence") && c.getModifiers().contains(JavaModifier.PUBLIC));
        assertPresent("a web *Request or *Response", c -> c.getPackageName().startsWith("dev.keel.adapter.web")
                && (c.getSimpleName().endsWith("Request") || c.getSimpleName().endsWith("Response")));
        assertPresent("an aggregate package in domain", c -> c.getPackageName().equals("dev.keel.domain.identity.user"));
    }

    private static void assertPresent(String what, Predicate<JavaClass> kind) {
        assertThat(keel.stream().anyMatch(kind)).as("the imported production classes contain %s", what).isTrue();
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        check(KeelArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK);
    }

    @Test
    void applicationDependsOnlyOnDomainAndInjectionApi() {
        check(KeelArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_INJECTION_API);
    }

    @Test
    void coreIsFreeOfFrameworksAndAdapters() {
        check(KeelArchitectureRules.CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        check(KeelArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER);
    }

    @Test
    void onlyBootstrapDependsOnBootstrap() {
        check(KeelArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP);
    }

    @Test
    void coreDoesNotDependOnAdapters() {
        check(KeelArchitectureRules.CORE_DOES_NOT_DEPEND_ON_ADAPTERS);
    }

    @Test
    void mappedEntitiesAreNotPublic() {
        check(KeelArchitectureRules.MAPPED_ENTITIES_ARE_NOT_PUBLIC);
    }

    @Test
    void jdbcRepositoriesAreNotPublic() {
        check(KeelArchitectureRules.JDBC_REPOSITORIES_ARE_NOT_PUBLIC);
    }

    @Test
    void persistenceMappersAreNotPublic() {
        check(KeelArchitectureRules.PERSISTENCE_MAPPERS_ARE_NOT_PUBLIC);
    }

    @Test
    void publicPersistenceTypesArePortImplementations() {
        check(KeelArchitectureRules.PUBLIC_PERSISTENCE_TYPES_ARE_PORT_IMPLEMENTATIONS);
    }

    @Test
    void controllersDoNotExposeDomainTypes() {
        check(KeelArchitectureRules.CONTROLLERS_DO_NOT_EXPOSE_DOMAIN_TYPES);
    }

    @Test
    void controllersRunOnTheBlockingExecutor() {
        check(KeelArchitectureRules.CONTROLLERS_RUN_ON_THE_BLOCKING_EXECUTOR);
    }

    @Test
    void useCaseImplementationsAreServices() {
        check(KeelArchitectureRules.USE_CASE_IMPLEMENTATIONS_ARE_SERVICES);
    }

    @Test
    void useCasesAreApplicationInterfaces() {
        check(KeelArchitectureRules.USE_CASES_ARE_APPLICATION_INTERFACES);
    }

    @Test
    void commandsAndQueriesAreRecords() {
        check(KeelArchitectureRules.COMMANDS_AND_QUERIES_ARE_RECORDS);
    }

    @Test
    void mappedEntitiesArePersistenceRows() {
        check(KeelArchitectureRules.MAPPED_ENTITIES_ARE_PERSISTENCE_ROWS);
    }

    @Test
    void jdbcRepositoriesAreNamedJdbcRepository() {
        check(KeelArchitectureRules.JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY);
    }

    @Test
    void persistenceMappersAreRowMappers() {
        check(KeelArchitectureRules.PERSISTENCE_MAPPERS_ARE_ROW_MAPPERS);
    }

    @Test
    void webMappersAreWebMappers() {
        check(KeelArchitectureRules.WEB_MAPPERS_ARE_WEB_MAPPERS);
    }

    @Test
    void controllersAreWebControllers() {
        check(KeelArchitectureRules.CONTROLLERS_ARE_WEB_CONTROLLERS);
    }

    @Test
    void webRequestsAndResponsesAreRecords() {
        check(KeelArchitectureRules.WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS);
    }

    @Test
    void onePackagePerAggregate() {
        check(KeelArchitectureRules.ONE_PACKAGE_PER_AGGREGATE);
    }

    @Test
    void everyRuleHasItsOwnTestHere() {
        Set<String> testMethods = Stream.of(KeelArchitectureTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertThat(KeelArchitectureRules.forRoot(KeelArchitectureRules.ROOT).all().keySet())
                .allSatisfy(rule -> assertThat(testMethods)
                        .as("a test method for rule %s", rule)
                        .contains(lowerCamelCase(rule)));
    }

    private static String lowerCamelCase(String constantName) {
        StringBuilder camel = new StringBuilder();
        for (String word : constantName.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    private static void check(ArchRule rule) {
        rule.check(keel);
    }
}
