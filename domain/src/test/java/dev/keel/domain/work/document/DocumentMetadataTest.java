package dev.keel.domain.work.document;

import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentMetadataTest {

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void mergeFollowsRfc7396Recursively() {
        // The example of RFC 7396, section 3.
        DocumentMetadata target = DocumentMetadata.of("m", object("title", "Goodbye!",
                "author", object("givenName", "John", "familyName", "Doe"), "tags", List.of("example", "sample"),
                "content", "This will be unchanged"));

        DocumentMetadata merged = target.merge("m", object("title", "Hello!", "phoneNumber", "+01-123-456-7890",
                "author", object("familyName", null), "tags", List.of("example")));

        assertThat(merged).isEqualTo(DocumentMetadata.of("m", object("title", "Hello!",
                "author", object("givenName", "John"), "tags", List.of("example"), "content", "This will be unchanged",
                "phoneNumber", "+01-123-456-7890")));
    }

    @Test
    void anObjectPatchReplacesANonObjectAndDropsItsOwnNulls() {
        DocumentMetadata target = DocumentMetadata.of("m", object("a", "text"));

        DocumentMetadata merged = target.merge("m", object("a", object("b", null, "c", BigDecimal.ONE)));

        assertThat(merged.fields()).isEqualTo(object("a", object("c", BigDecimal.ONE)));
        assertThat(merged.json()).isEqualTo("{\"a\":{\"c\":1}}");
    }

    @Test
    void tenLevelsAreAllowedElevenAreNot() {
        Object ten = BigDecimal.ONE;
        for (int i = 0; i < 9; i++) {
            ten = i % 2 == 0 ? List.of(ten) : object("k", ten);
        }
        Map<String, Object> tenLevels = object("k", ten);
        assertThat(DocumentMetadata.of("metadata", tenLevels).fields()).isEqualTo(tenLevels);

        assertThatThrownBy(() -> DocumentMetadata.of("metadata", object("k", tenLevels)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("10 levels");
    }

    @Test
    void theSizeLimitCountsUtf8BytesOfTheCompactJson() {
        String key = "k";
        // {"k":"…"} is 8 bytes around the text; a 3-byte character brings it exactly to the limit.
        String text = "x".repeat(DocumentMetadata.MAX_BYTES - 8 - 3) + "€";
        int bytes = DocumentMetadata.of("metadata", object(key, text)).json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(bytes).isEqualTo(DocumentMetadata.MAX_BYTES);

        assertThatThrownBy(() -> DocumentMetadata.of("metadata", object(key, text + "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("65536 bytes");
    }

    @Test
    void theStoredObjectCannotBeChangedFromOutside() {
        List<Object> tags = new java.util.ArrayList<>(List.of("a"));
        DocumentMetadata metadata = DocumentMetadata.of("m", object("tags", tags));
        tags.add("b");

        assertThat(metadata.json()).isEqualTo("{\"tags\":[\"a\"]}");
    }
}
