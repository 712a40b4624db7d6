package dev.keel.adapter.web.shared.json;

import dev.keel.adapter.web.shared.MalformedBodyException;
import dev.keel.domain.shared.FieldViolation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a parsed JSON object to a request record, strictly: each JSON field must be a component of the
 * record, of the component's type. Components may be scalars ({@link Scalars}), {@code List}s, nested records,
 * {@link PatchField}s, or {@code Map<String, Object>} for a free-form JSON object. A component annotated
 * {@code @Nullable} may be absent or null; any other one is required and must not be null. Every fault is
 * collected and reported at once, each at its JSON path ({@code labels[2]}, {@code metadata.size}).
 *
 * <p>The record is built even when some fields are faulty, with each of those left empty ({@code null},
 * {@link PatchField#absent()}, or a primitive's zero), so that the fields that did bind can still be validated and
 * every invalid field reported at once ({@link JsonBody#command}).
 */
public final class RequestBinder {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RequestBinder() {
    }

    /**
     * A request record and the faults found binding it; with faults, the record holds only the fields that bound.
     * {@code shiftedLists} are the paths of lists that lost faulty elements, so that the later elements' indexes in
     * the record are not those of the body.
     */
    public record Binding<T>(T value, List<FieldViolation> faults, Set<String> shiftedLists) {

        public Binding {
            faults = List.copyOf(faults);
            shiftedLists = Set.copyOf(shiftedLists);
        }
    }

    /**
     * Binds what can be bound: the record (null only when even its empty fields could not build it) and every
     * fault. A body that is not a JSON object is refused outright.
     */
    public static <T extends Record> Binding<T> bindPartially(JsonValue root, Class<T> type) {
        if (!(root instanceof JsonValue.JsonObject object)) {
            throw new MalformedBodyException("The request body must be a JSON object, not " + root.kind());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> shiftedLists = new HashSet<>();
        Object bound = bindRecord(object, type, "", violations, shiftedLists);
        return new Binding<>(type.cast(bound), violations, shiftedLists);
    }

    private static Object bindRecord(JsonValue.JsonObject object, Class<?> type, String path,
                                     List<FieldViolation> violations, Set<String> shiftedLists) {
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        for (String name : object.fields().keySet()) {
            if (!shape.indexOf.containsKey(name)) {
                violations.add(new FieldViolation(join(path, StrictJsonParser.shownName(name)), "is not a known field"));
            }
        }
        Object[] arguments = new Object[shape.components.length];
        boolean faulty = false;
        for (int i = 0; i < shape.components.length; i++) {
            Component component = shape.components[i];
            int before = violations.size();
            arguments[i] = bindComponent(component, object.fields().get(component.name),
                    join(path, component.name), violations, shiftedLists);
            if (violations.size() > before) {
                // A list or nested record with faults inside stays, with what did bind, so its other fields are judged.
                if (arguments[i] == null) {
                    arguments[i] = component.empty();
                }
                faulty = true;
            }
        }
        if (!faulty) {
            return shape.construct(arguments);
        }
        try {
            return shape.construct(arguments);
        } catch (RuntimeException emptyFieldsRefused) {
            return null;
        }
    }

    private static Object bindComponent(Component component, JsonValue value, String path,
                                        List<FieldViolation> violations, Set<String> shiftedLists) {
        if (component.raw == PatchField.class) {
            if (value == null) {
                return PatchField.absent();
            }
            if (value == JsonValue.JsonNull.INSTANCE) {
                if (component.nullable) {
                    return PatchField.cleared();
                }
                violations.add(new FieldViolation(path, "must not be null"));
                return null;
            }
            Object bound = bindValue(typeArgument(component.type, 0), value, path, violations, shiftedLists);
            return bound == null ? null : PatchField.of(bound);
        }
        if (value == null || value == JsonValue.JsonNull.INSTANCE) {
            if (!component.nullable) {
                violations.add(new FieldViolation(path, value == null ? "is required" : "must not be null"));
            }
            return null;
        }
        return bindValue(component.type, value, path, violations, shiftedLists);
    }

    private static Object bindValue(Type type, JsonValue value, String path, List<FieldViolation> violations,
                                    Set<String> shiftedLists) {
        Class<?> raw = rawClass(type);
        try {
            if (raw == List.class) {
                if (!(value instanceof JsonValue.JsonArray array)) {
                    throw new Scalars.InvalidValue("must be an array");
                }
                Type elementType = typeArgument(type, 0);
                List<Object> elements = new ArrayList<>(array.elements().size());
                for (int i = 0; i < array.elements().size(); i++) {
                    JsonValue element = array.elements().get(i);
                    String elementPath = path + "[" + i + "]";
                    Object bound = null;
                    if (element == JsonValue.JsonNull.INSTANCE) {
                        violations.add(new FieldViolation(elementPath, "must not be null"));
                    } else {
                        bound = bindValue(elementType, element, elementPath, violations, shiftedLists);
                    }
                    // A faulty record element stays in its place as an empty record, so that the faults of the
                    // others are named at their own index; a faulty element of another kind is left out.
                    elements.add(bound != null ? bound : emptyRecord(rawClass(elementType)));
                }
                if (elements.contains(null)) {
                    shiftedLists.add(path);
                }
                return elements.stream().filter(java.util.Objects::nonNull).toList();
            }
            if (raw == Map.class) {
                if (!(value instanceof JsonValue.JsonObject object)) {
                    throw new Scalars.InvalidValue("must be a JSON object");
                }
                return object.toJava();
            }
            if (raw.isRecord()) {
                if (!(value instanceof JsonValue.JsonObject object)) {
                    throw new Scalars.InvalidValue("must be an object");
                }
                return bindRecord(object, raw, path, violations, shiftedLists);
            }
            return scalar(raw, value);
        } catch (Scalars.InvalidValue e) {
            violations.add(new FieldViolation(path, e.getMessage()));
            return null;
        }
    }

    /** A record of the type with every component empty, or null when its constructor refuses that. */
    private static Object emptyRecord(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        Object[] empty = new Object[shape.components.length];
        for (int i = 0; i < empty.length; i++) {
            empty[i] = shape.components[i].empty();
        }
        try {
            return shape.construct(empty);
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private static Object scalar(Class<?> type, JsonValue value) {
        if (Scalars.isNumber(type)) {
            if (!(value instanceof JsonValue.JsonNumber number)) {
                throw new Scalars.InvalidValue(type == java.math.BigDecimal.class ? "must be a number"
                        : "must be a whole number");
            }
            return Scalars.fromNumber(type, number.value());
        }
        if (Scalars.isBoolean(type)) {
            if (!(value instanceof JsonValue.JsonBoolean bool)) {
                throw new Scalars.InvalidValue("must be true or false");
            }
            return bool.value();
        }
        if (!(value instanceof JsonValue.JsonString string)) {
            throw new Scalars.InvalidValue("must be a string");
        }
        return Scalars.fromText(type, string.value());
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported request field type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException(type + " needs a type argument");
    }

    /** A record's components and canonical constructor, looked up once per type. */
    private record Shape(Component[] components, Map<String, Integer> indexOf, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] recordComponents = type.getRecordComponents();
            Component[] components = new Component[recordComponents.length];
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < recordComponents.length; i++) {
                RecordComponent rc = recordComponents[i];
                components[i] = new Component(rc.getName(), rc.getGenericType(), rawClass(rc.getGenericType()),
                        isNullable(rc));
                indexOf.put(rc.getName(), i);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(recordComponents).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new Shape(components, Map.copyOf(indexOf), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        Object construct(Object[] arguments) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean isNullable(RecordComponent component) {
            return hasNullable(component.getAnnotations()) || hasNullable(component.getAccessor().getAnnotations())
                    || hasNullable(component.getAnnotatedType().getAnnotations());
        }

        private static boolean hasNullable(Annotation[] annotations) {
            return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
        }
    }

    private record Component(String name, Type type, Class<?> raw, boolean nullable) {

        /** What a faulty field is left as in a partially bound record. */
        Object empty() {
            if (raw == PatchField.class) {
                return PatchField.absent();
            }
            return raw.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(raw, 1), 0) : null;
        }
    }
}
