package dev.keel.bootstrap.architecture;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.BeanDefinitionReference;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.keel.bootstrap.architecture.KeelArchitectureRulesFailOnViolationsTest.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The violating sample is compiled with bootstrap's tests, so Micronaut's processors make bean
 * definitions of its controllers and repositories. They require {@code keel.architecture-fixtures=enabled}
 * and must never enter the application context of the end-to-end tests.
 */
@MicronautTest(startApplication = false)
class KeelArchitectureFixtureIsolationTest {

    @Inject
    ApplicationContext context;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            ".adapter.web.identity.user.$UserController$Definition",
            ".adapter.web.work.project.$ProjectController$Definition",
            ".adapter.web.work.project.$ProjectEndpoint$Definition",
            ".adapter.persistence.work.project.$ProjectDao$Intercepted$Definition"})
    void sampleBeanDefinitionExistsButIsDisabled(String definition) throws ReflectiveOperationException {
        Object generated = Class.forName(SAMPLE + definition).getDeclaredConstructor().newInstance();

        assertThat(generated).isInstanceOf(BeanDefinitionReference.class);
        assertThat(((BeanDefinitionReference<?>) generated).isEnabled(context))
                .as("%s must be disabled in the test application context", definition)
                .isFalse();
    }

    @Test
    void applicationContextHasNoBeanOfTheSample() {
        assertThat(context.getAllBeanDefinitions())
                .as("bean definitions of the application context")
                .isNotEmpty()
                .map(BeanDefinition::getBeanType)
                .map(Class::getName)
                .noneMatch(name -> name.startsWith(SAMPLE));
    }
}
