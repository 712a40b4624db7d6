package dev.keel.domain.work.label;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;

import java.util.List;
import java.util.Optional;

/** The store of labels. Name clashes are {@link LabelNameTakenException}. */
public interface LabelRepository {

    /** The label with the caller's membership of its live project; empty when unknown or not visible. */
    Optional<LabelView> findVisibleTo(LabelId id, UserId caller);

    /** The project's labels by name (code-point order). */
    List<Label> listOf(ProjectId project);

    /**
     * The project's labels whose name holds {@code text} (any case) or looks like it (trigram word similarity, so that a
     * typo still finds it), best match first, then by name.
     */
    List<Label> like(ProjectId project, String text);

    void add(Label label);

    /** Writes the changed label; {@code ConcurrentUpdateException} when it is no longer at the version it was read at. */
    void update(Label label);

    /**
     * Removes the label and takes it off its tasks, whose versions advance (their label set changed), provided it is
     * still at the version it was read at.
     */
    void remove(Label label, java.time.Instant now);
}
