package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.json.Scalars;
import dev.keel.domain.shared.FieldViolation;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters one route declares: its {@code @QueryValue} arguments and the components of its
 * {@code @RequestBean} records, each with its type. Checking a request against it finds, all at once, the
 * parameters nobody declared, the single-valued ones given twice, and the values that are not of their type.
 */
final class QueryShape {

    /** A parameter: its type (null when not a scalar) or, for a list's {@code sort}, the list it sorts. */
    private record Declared(Class<?> type, boolean repeatable, ListOf sortOf) {

        /** Whether its values are text of a scalar type, which this class checks and converts. */
        boolean scalar() {
            return type != null && Scalars.isScalar(type);
        }

        /**
         * One of its values, of its type (an instant or a date in the years 0001 to 9999, see {@link Scalars}); a
         * sort also checked against its list's sort fields.
         */
        Object read(String text) {
            if (sortOf != null) {
                SortOrder.parse(sortOf, text);
            }
            return Scalars.fromText(type, text);
        }
    }

    /** A {@code @RequestBean} record: how to make one, and its components' names in the constructor's order. */
    private record Bean(BeanIntrospection<?> introspection, List<String> components) {

        static Bean of(Class<?> type) {
            return new Bean(BeanIntrospection.getIntrospection(type),
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    private final Map<String, Declared> parameters;
    /** The route's {@code @RequestBean} records, in the order of its arguments. */
    private final List<Bean> beans;

    private QueryShape(Map<String, Declared> parameters, List<Bean> beans) {
        this.parameters = parameters;
        this.beans = beans;
    }

    static QueryShape of(Argument<?>[] arguments) {
        Map<String, Declared> parameters = new LinkedHashMap<>();
        List<Bean> beans = new ArrayList<>();
        for (Argument<?> argument : arguments) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = argument.getAnnotationMetadata().stringValue(QueryValue.class).filter(n -> !n.isEmpty())
                        .orElse(argument.getName());
                parameters.put(name, declared(argument.getType(), argument.getTypeParameters().length > 0
                        ? argument.getTypeParameters()[0].getType() : null));
            } else if (argument.getAnnotationMetadata().hasAnnotation(RequestBean.class)
                    && argument.getType().isRecord()) {
                beans.add(Bean.of(argument.getType()));
                ListOf list = argument.getType().getAnnotation(ListOf.class);
                for (RecordComponent component : argument.getType().getRecordComponents()) {
                    parameters.put(component.getName(), list != null && component.getName().equals("sort")
                            ? new Declared(String.class, false, list)
                            : declared(component.getType(), elementType(component.getGenericType())));
                }
            }
        }
        return new QueryShape(parameters, List.copyOf(beans));
    }

    private static Declared declared(Class<?> type, Class<?> elementType) {
        boolean repeatable = List.class.isAssignableFrom(type);
        return new Declared(repeatable ? elementType : type, repeatable, null);
    }

    private static Class<?> elementType(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
    }

    List<FieldViolation> check(Map<String, List<String>> query) {
        List<FieldViolation> violations = new ArrayList<>();
        query.forEach((name, values) -> {
            Declared declared = parameters.get(name);
            if (declared == null) {
                violations.add(new FieldViolation(name, "is not a known query parameter"));
                return;
            }
            if (values.size() > 1 && !declared.repeatable()) {
                violations.add(new FieldViolation(name, "must be given once"));
                return;
            }
            if (!declared.scalar()) {
                return;
            }
            for (String value : values) {
                try {
                    declared.read(value);
                } catch (Scalars.InvalidValue e) {
                    violations.add(new FieldViolation(name, e.getMessage()));
                    return;
                }
            }
        });
        return violations;
    }

    /** Whether the route takes any {@code @RequestBean} record. */
    boolean hasBeans() {
        return !beans.isEmpty();
    }

    /** The route's {@code @RequestBean} records, in the order of its arguments, bound from a query {@link #check} passed. */
    List<Object> beans(Map<String, List<String>> query) {
        return partialBeans(query, Set.of());
    }

    /**
     * The route's {@code @RequestBean} records bound from a query that {@link #check} found faults in: every
     * parameter named in {@code faulty} is left null, so that the others can still be judged. One given more than
     * once is the exception: it is bound to its first value when that is of its type, so that the others' rules
     * (a sort by relevance needs q) see it as given, and judge it by the value given first.
     */
    List<Object> partialBeans(Map<String, List<String>> query, Set<String> faulty) {
        List<Object> bound = new ArrayList<>(beans.size());
        for (Bean bean : beans) {
            Object[] values = new Object[bean.components().size()];
            for (int i = 0; i < values.length; i++) {
                String name = bean.components().get(i);
                List<String> given = query.get(name);
                if (given != null) {
                    Declared declared = parameters.get(name);
                    values[i] = faulty.contains(name) ? firstOfRepeated(declared, given) : value(declared, given);
                }
            }
            bound.add(bean.introspection().instantiate(false, values));
        }
        return bound;
    }

    /** A value {@link #check} passed: of its declared type (a list of them when repeatable). */
    private static Object value(Declared declared, List<String> given) {
        if (!declared.scalar()) {
            return null;
        }
        if (declared.repeatable()) {
            return given.stream().map(text -> Scalars.fromText(declared.type(), text)).toList();
        }
        return Scalars.fromText(declared.type(), given.getFirst());
    }

    /** The first value of a single-valued parameter given more than once, when it is of its type; else null. */
    private static Object firstOfRepeated(Declared declared, List<String> given) {
        if (!declared.scalar() || declared.repeatable() || given.size() < 2) {
            return null;
        }
        try {
            return declared.read(given.getFirst());
        } catch (Scalars.InvalidValue e) {
            return null;
        }
    }
}
