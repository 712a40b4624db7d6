package dev.keel.adapter.web.identity.auth;

import dev.keel.application.identity.auth.Actor;
import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Binds a controller parameter of type {@link Actor} to the signed-in caller, so that controllers of other contexts
 * get identity's published {@code Actor} without reaching into this adapter. Like Micronaut Security's own
 * principal binder it waits for the security filter; an anonymous request gets a 401.
 */
@Singleton
final class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    private static final Argument<Actor> TYPE = Argument.of(Actor.class);

    @Override
    public Argument<Actor> argumentType() {
        return TYPE;
    }

    @Override
    public ArgumentBinder.BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        if (!source.getAttributes().contains(SecurityFilter.KEY)) {
            return ArgumentBinder.BindingResult.unsatisfied();
        }
        Actor actor = Actors.of(source.getUserPrincipal(Authentication.class).orElse(null));
        return () -> Optional.of(actor);
    }
}
