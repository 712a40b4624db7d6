package dev.keel.adapter.web.shared;

import dev.keel.adapter.web.shared.json.Scalars;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * Path and query UUIDs in their canonical 36-character form only: the framework's own conversion
 * ({@link UUID#fromString}) would also read {@code 1-1-1-1-1} as a UUID.
 */
@Singleton
final class CanonicalUuidConverter implements TypeConverter<CharSequence, UUID> {

    @Override
    public Optional<UUID> convert(CharSequence text, Class<UUID> targetType, ConversionContext context) {
        try {
            return Optional.of(Scalars.uuid(text.toString()));
        } catch (Scalars.InvalidValue e) {
            context.reject(text, e);
            return Optional.empty();
        }
    }
}
