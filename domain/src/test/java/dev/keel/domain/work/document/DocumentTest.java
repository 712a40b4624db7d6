package dev.keel.domain.work.document;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T10:00:00Z");

    private static Document document() {
        return Document.create(new DocumentId(UUID.randomUUID()), new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new DocumentTitle("Spec"), Optional.of(new DocumentBody("text")), DocumentMetadata.of("metadata", Map.of("a", "b")), CREATED);
    }

    @Test
    void sameValuesAreNoChange() {
        Document document = document();

        document.retitle(new DocumentTitle(" Spec "), LATER);
        document.rewrite(Optional.of(new DocumentBody("text")), LATER);
        document.describeWith(DocumentMetadata.of("metadata", Map.of("a", "b")), LATER);

        assertThat(document.hasChanges()).isFalse();
        assertThat(document.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void aRealChangeTouchesTheDocument() {
        Document document = document();

        document.rewrite(Optional.empty(), LATER);
        document.describeWith(document.metadata().merge("metadata", Map.of("status", "final")), LATER);

        assertThat(document.hasChanges()).isTrue();
        assertThat(document.body()).isEmpty();
        assertThat(document.metadata().fields()).containsEntry("a", "b").containsEntry("status", "final");
        assertThat(document.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void softDeleteAndRestore() {
        Document document = document();

        document.softDelete(LATER);
        assertThat(document.isDeleted()).isTrue();
        assertThat(document.deletedAt()).contains(LATER);
        document.restore(LATER.plusSeconds(1));
        assertThat(document.isDeleted()).isFalse();
    }
}
