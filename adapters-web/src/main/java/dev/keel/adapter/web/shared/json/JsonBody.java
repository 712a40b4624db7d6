package dev.keel.adapter.web.shared.json;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A request body bound to its request record, with the canonical form of what was sent (the idempotency
 * fingerprint: equal for bodies that differ only in key order, whitespace or number spelling).
 */
public final class JsonBody<T> {

    private final RequestBinder.Binding<T> binding;
    private final List<FieldViolation> faults;
    private final String canonical;

    private JsonBody(RequestBinder.Binding<T> binding, List<FieldViolation> faults, String canonical) {
        this.binding = binding;
        this.faults = List.copyOf(faults);
        this.canonical = canonical;
    }

    /** Parses and binds {@code body} strictly (see {@link StrictJsonParser} and {@link RequestBinder}). */
    public static <T extends Record> JsonBody<T> read(byte[] body, Class<T> type) {
        StrictJsonParser.Parsed parsed = StrictJsonParser.read(body);
        RequestBinder.Binding<T> binding = RequestBinder.bindPartially(parsed.value(), type);
        // A value the parser refused (text with NUL, a number out of reach) is reported for that, not again when bound.
        List<FieldViolation> faults = new ArrayList<>(parsed.faults());
        binding.faults().stream().filter(fault -> !overlapsAny(fault.field(), parsed.faults())).forEach(faults::add);
        return new JsonBody<>(binding, faults, parsed.value().canonical());
    }

    /** The bound record; a {@link ValidationException} with every fault when the body did not bind. */
    public T value() {
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return binding.value();
    }

    /**
     * The command {@code toCommand} makes of the body. When some fields did not bind (a wrong type, a missing
     * required field, an unknown field), the command is still made of the others, so that one
     * {@link ValidationException} reports the binding faults and the command's own violations together. A command
     * violation is left out when it names a field that already has a fault, or a field inside or around one (each
     * field is reported once), and when it names an element of a list that lost faulty elements in binding (its index
     * in the record is not its index in the body).
     */
    public <C> C command(Function<? super T, C> toCommand) {
        if (faults.isEmpty()) {
            return toCommand.apply(binding.value());
        }
        List<FieldViolation> all = new ArrayList<>(faults);
        if (binding.value() != null) {
            try {
                toCommand.apply(binding.value());
            } catch (ValidationException invalid) {
                invalid.violations().stream()
                        .filter(violation -> !overlapsAny(violation.field(), faults))
                        .filter(violation -> binding.shiftedLists().stream()
                                .noneMatch(list -> violation.field().startsWith(list + "[")))
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

    private static boolean overlapsAny(String path, List<FieldViolation> faults) {
        return faults.stream().anyMatch(fault -> within(path, fault.field()) || within(fault.field(), path));
    }

    /** Whether {@code path} is {@code outer} or a path inside it: {@code items[2].title} is within {@code items}. */
    private static boolean within(String path, String outer) {
        return path.startsWith(outer) && (path.length() == outer.length() || path.charAt(outer.length()) == '.'
                || path.charAt(outer.length()) == '[');
    }
}
