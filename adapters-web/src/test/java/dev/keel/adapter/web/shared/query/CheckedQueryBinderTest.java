package dev.keel.adapter.web.shared.query;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.bind.DefaultRequestBinderRegistry;
import io.micronaut.http.bind.RequestBinderRegistry;
import io.micronaut.inject.annotation.MutableAnnotationMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedQueryBinderTest {

    private final RequestBinderRegistry micronautRegistry = new DefaultRequestBinderRegistry(ConversionService.SHARED);
    private final CheckedQueryBinder binder = new CheckedQueryBinder(() -> micronautRegistry);

    /** Binds a controller's {@code @RequestBean Paging paging} argument, as Micronaut's registry would. */
    @SuppressWarnings("unchecked")
    private Object bind(HttpRequest<?> request) {
        var requestBean = new MutableAnnotationMetadata();
        requestBean.addDeclaredAnnotation(RequestBean.class.getName(), Map.of());
        Argument<Record> paging = (Argument<Record>) (Argument<?>) Argument.of(Paging.class, "paging", requestBean);
        return binder.bind(ConversionContext.of(paging), request).getValue().orElseThrow();
    }

    @Test
    void theRecordTheFilterCheckedIsHandedOverAsItIs() {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/v1/users");
        request.getParameters().add("limit", "5");
        Paging checked = new Paging(7, null, null, null);
        CheckedQueryBinder.attach(request, List.of(new UserLikeParameters("x"), checked));

        assertThat(bind(request)).isSameAs(checked);
    }

    @Test
    void aRequestTheFilterDidNotCheckIsBoundByMicronautFromItsQuery() {
        MutableHttpRequest<?> request = HttpRequest.GET("/outside/the/api");
        request.getParameters().add("limit", "5").add("page", "2");

        assertThat(bind(request)).isEqualTo(new Paging(5, null, 2, null));
    }

    record UserLikeParameters(String q) {
    }
}
