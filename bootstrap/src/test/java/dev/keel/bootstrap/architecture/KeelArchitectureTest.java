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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.keel.bootstrap.architecture.KeelArchitectureRules.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keel's production code follows the architecture rules of CONVENTIONS.md section 1, and the import the
 * rules run on holds every kind of class they are about, so that none passes for want of subjects.
 */
class KeelArchitectureTest {

    private static final KeelArchitectureRules KEEL = KeelArchitectureRules.forRoot(ROOT);

    private static JavaClasses keel;

    @BeforeAll
    static void importKeel() {
        keel = KeelArchitectureRules.importProductionClasses();
    }

    static Stream<Arguments> rules() {
        return KEEL.all().entrySet().stream().map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void keelFollowsTheRule(String name, ArchRule rule) {
        rule.check(keel);
    }

    @Test
    void importCoversProductionClassesOfAllFiveModulesAndNoTestCode() {
        for (String module : new String[] {"domain", "application", "adapter.persistence", "adapter.web", "bootstrap"}) {
            assertPresent("a class of " + module, c -> c.getPackageName().concat(".").startsWith(ROOT + "." + module + "."));
        }
        assertThat(keel.stream().map(JavaClass::getName))
                .as("test classes, fixtures and test-jars must not be imported as production code")
                .doesNotContain(KeelArchitectureRules.class.getName(), KeelArchitectureTest.class.getName(),
                        "dev.keel.adapter.persistence.testing.TestDatabaseSession",
                        "dev.keel.adapter.persistence.testing.TestDatabase")
                .noneMatch(name -> name.startsWith("dev.keel.bootstrap.architecture."))
                .noneMatch(name -> name.startsWith("dev.keel.bootstrap.schema."));
    }

    /**
     * Every layer holds classes of the identity context and of the shared kernel, so the context rules have
     * subjects on both sides of the kernel. With one real context there is no cross-context dependency yet:
     * {@code KeelArchitectureRulesFailOnViolationsTest} proves on its sample that the context rules bite.
     */
    @Test
    void importHasTheContextsInEveryLayer() {
        for (String layer : new String[] {"domain", "application", "adapter.persistence", "adapter.web"}) {
            for (String context : new String[] {"identity", KeelArchitectureRules.SHARED}) {
                assertPresent("a class of context " + context + " in " + layer,
                        c -> c.getPackageName().startsWith(ROOT + "." + layer + ".") && KEEL.contextOf(c).equals(Optional.of(context)));
            }
        }
        assertPresent("an id type (a *Id record of the domain)",
                c -> c.isRecord() && c.getSimpleName().endsWith("Id") && c.getPackageName().startsWith(ROOT + ".domain."));
        assertPresent("an application port (an interface of the application)",
                c -> c.isInterface() && c.getPackageName().startsWith(ROOT + ".application."));
    }

    @Test
    void importHasEveryKindOfClassTheOtherRulesAreAbout() {
        assertPresent("a public persistence port implementation", c -> c.getPackageName().startsWith(ROOT + ".adapter.persistence.")
                && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getInterfaces().isEmpty());
        assertPresent("a @Controller of the web adapter",
                c -> c.isAnnotatedWith(Controller.class) && c.getPackageName().startsWith(ROOT + ".adapter.web."));
        assertPresent("a *UseCase interface", c -> c.isInterface() && c.getSimpleName().endsWith("UseCase"));
        assertPresent("a use case implementation",
                c -> !c.isInterface() && c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("UseCase")));
        assertPresent("a *Command record", c -> c.isRecord() && c.getSimpleName().endsWith("Command"));
        assertPresent("a *Query record", c -> c.isRecord() && c.getSimpleName().endsWith("Query"));
        assertPresent("a @MappedEntity", c -> c.isAnnotatedWith(MappedEntity.class));
        assertPresent("a @JdbcRepository", c -> c.isAnnotatedWith(JdbcRepository.class));
        assertPresent("an implementation of a domain *Repository", c -> !c.isInterface() && c.getAllRawInterfaces().stream()
                .anyMatch(i -> i.getSimpleName().endsWith("Repository") && i.getPackageName().startsWith(ROOT + ".domain.")));
        assertPresent("a web *Request", c -> c.getPackageName().startsWith(ROOT + ".adapter.web.") && c.getSimpleName().endsWith("Request"));
        assertPresent("a web *Response", c -> c.getPackageName().startsWith(ROOT + ".adapter.web.") && c.getSimpleName().endsWith("Response"));
    }

    private static void assertPresent(String what, Predicate<JavaClass> kind) {
        assertThat(keel.stream().anyMatch(kind)).as("the imported production classes contain %s", what).isTrue();
    }
}
