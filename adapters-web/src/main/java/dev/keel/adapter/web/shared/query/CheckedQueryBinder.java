package dev.keel.adapter.web.shared.query;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.bind.RequestBinderRegistry;
import io.micronaut.http.bind.binders.AnnotatedRequestArgumentBinder;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.RequestBeanAnnotationBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Binds a {@code @RequestBean} record to the values {@link QueryParameterFilter} checked and read for it, so that a
 * query parameter is parsed by one set of rules ({@code Scalars}) only, once. Micronaut's own binder looked up and
 * ran a converter for each component on every request: about 4 % of a list page's CPU. A request the filter did
 * not check (a route outside the API) is bound by Micronaut's binder, as before.
 */
@Singleton
final class CheckedQueryBinder implements AnnotatedRequestArgumentBinder<RequestBean, Record>,
        TypedRequestArgumentBinder<Record>, PostponedRequestArgumentBinder<Record> {

    private static final String ATTRIBUTE = CheckedQueryBinder.class.getName();
    private static final Argument<Record> TYPE = Argument.of(Record.class);

    private final BeanProvider<RequestBinderRegistry> registry;

    /** The registry comes later: it is made from every binder, this one included. */
    CheckedQueryBinder(BeanProvider<RequestBinderRegistry> registry) {
        this.registry = registry;
    }

    /** Hands the route's records, bound from the query it checked, to this binder. */
    static void attach(HttpRequest<?> request, List<Object> beans) {
        request.setAttribute(ATTRIBUTE, beans);
    }

    @Override
    public Class<RequestBean> getAnnotationType() {
        return RequestBean.class;
    }

    @Override
    public Argument<Record> argumentType() {
        return TYPE;
    }

    @Override
    public ArgumentBinder.BindingResult<Record> bind(ArgumentConversionContext<Record> context, HttpRequest<?> request) {
        Class<Record> type = context.getArgument().getType();
        if (request.getAttribute(ATTRIBUTE).orElse(null) instanceof List<?> checked) {
            for (Object bean : checked) {
                if (type.isInstance(bean)) {
                    Optional<Record> value = Optional.of(type.cast(bean));
                    return () -> value;
                }
            }
        }
        return new RequestBeanAnnotationBinder<Record>(registry.get()).bind(context, request);
    }
}
