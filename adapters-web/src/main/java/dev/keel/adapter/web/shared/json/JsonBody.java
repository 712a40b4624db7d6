package dev.keel.adapter.web.shared.json;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request body bound to its request record, with the canonical form of what was sent (the idempotency
 * fingerprint: equal for bodies that differ only in key order, whitespace or number spelling).
 */
public final class JsonBody<T> {

    private final RequestBinder.Binding<T> binding;
    private final String canonical;

    private JsonBody(RequestBinder.Binding<T> binding, String canonical) {
        this.binding = binding;
        this.canonical = canonical;
    }

    /** Parses and binds {@code body} strictly (see {@link StrictJsonParser} and {@link RequestBinder}). */
    public static <T extends Record> JsonBody<T> read(byte[] body, Class<T> type) {
        JsonValue parsed = StrictJsonParser.parse(body);
        return new JsonBody<>(RequestBinder.bindPartially(parsed, type), parsed.canonical());
    }

    /** The bound record; a {@link ValidationException} with every fault when the body did not bind. */
    public T value() {
        if (!binding.faults().isEmpty()) {
            throw new ValidationException(binding.faults());
        }
        return binding.value();
    }

    /**
     * The command {@code toCommand} makes of the body. When some fields did not bind (a wrong type, a missing
     * required field, an unknown field), the command is still made of the others, so that one
     * {@link ValidationException} reports the binding faults and the command's own violations together. A
     * command violation is left out when the same top-level field already has a binding fault: each field is
     * reported once, and a path into a list whose faulty elements were left out could name the wrong element.
     */
    public <C> C command(Function<? super T, C> toCommand) {
        List<FieldViolation> faults = binding.faults();
        if (faults.isEmpty()) {
            return toCommand.apply(binding.value());
        }
        List<FieldViolation> all = new ArrayList<>(faults);
        if (binding.value() != null) {
            Set<String> faultyFields = faults.stream().map(fault -> topLevel(fault.field())).collect(Collectors.toSet());
            try {
                toCommand.apply(binding.value());
            } catch (ValidationException invalid) {
                invalid.violations().stream().filter(violation -> !faultyFields.contains(topLevel(violation.field())))
                        .forEach(all::add);
            } catch (RuntimeException emptyFieldRefused) {
                // The command could not be made without the faulty fields: the binding faults alone are reported.
            }
        }
        throw new ValidationException(all);
    }

    public String canonical() {
        return canonical;
    }

    /** {@code labels} of {@code labels[2]}, {@code metadata} of {@code metadata.size}. */
    private static String topLevel(String path) {
        return path.split("[.\\[]", 2)[0];
    }
}
