package dev.keel.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Once the context has started, the HTTP filters are made before any request comes. */
class FirstRequestPreparationTest {

    @Test
    void filtersAreMadeBeforeTheFirstRequest() throws Exception {
        try (ApplicationContext context = ApplicationContext.builder("test")
                .properties(Map.of("micronaut.server.port", -1)).start()) {
            context.getBean(FirstRequestPreparation.class).prepared().get(30, TimeUnit.SECONDS);

            assertThat(context.getActiveBeanRegistrations(Qualifiers.byStereotype(ServerFilter.class)))
                    .extracting(BeanRegistration::getBean)
                    .extracting(bean -> bean.getClass().getSimpleName())
                    .contains("RequestIdFilter", "SecurityCheckFilter", "QueryParameterFilter", "HealthStatusFilter");
        }
    }
}
