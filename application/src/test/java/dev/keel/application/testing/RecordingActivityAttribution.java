package dev.keel.application.testing;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.domain.identity.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Remembers every attribution, in order, so that a test can see who a use case named as the author of its changes. */
public final class RecordingActivityAttribution implements ActivityAttribution {

    public record Attribution(UserId actor, Instant at) {
    }

    private final List<Attribution> attributions = new ArrayList<>();

    @Override
    public void attribute(UserId actor, Instant at) {
        attributions.add(new Attribution(actor, at));
    }

    public List<Attribution> attributions() {
        return List.copyOf(attributions);
    }
}
