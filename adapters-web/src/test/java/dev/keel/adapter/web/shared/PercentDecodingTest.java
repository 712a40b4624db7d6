package dev.keel.adapter.web.shared;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentDecodingTest {

    @Test
    void aPlainTargetIsOneThatDecodesToItself() {
        assertThat(PercentDecoding.isPlain("/api/v1/users/01900000-0000-7000-8000-000000000005")).isTrue();
        assertThat(PercentDecoding.isPlain("limit=20&sort=name,asc&q=a.b~c")).isTrue();
        assertThat(PercentDecoding.isPlain("")).isTrue();
        assertThat(PercentDecoding.isPlain("name=Ada%20Lovelace")).as("an escape").isFalse();
        assertThat(PercentDecoding.isPlain("name=Ada Lovelace")).as("a raw space").isFalse();
        assertThat(PercentDecoding.isPlain("name=Zoë")).as("raw non-ASCII").isFalse();
    }

    @Test
    void everyCharacterIsPlainExactlyWhenDecodingTakesItUnchanged() throws PercentDecoding.MalformedException {
        for (char c = 0; c < 0x3000; c++) {
            String text = "a" + c + "b";
            if (PercentDecoding.isPlain(text)) {
                assertThat(PercentDecoding.decode(text, false)).as("U+%04X", (int) c).isEqualTo(text);
            } else {
                assertThatThrownBy(() -> PercentDecoding.decode(text, false)).as("U+%04X", (int) c)
                        .isInstanceOf(PercentDecoding.MalformedException.class);
            }
        }
    }

    @Test
    void randomTargetsThatArePlainDecodeToThemselves() throws PercentDecoding.MalformedException {
        String alphabet = "aZ09-._~!$&'()*+,;=:@/?% \"<>\\^`{|}#\u00e9\u0000";
        SplittableRandom random = new SplittableRandom(7);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (PercentDecoding.isPlain(text.toString())) {
                plain++;
                assertThat(PercentDecoding.decode(text.toString(), false)).isEqualTo(text.toString());
            }
        }
        assertThat(plain).as("the sample holds plain targets at all").isGreaterThan(1_000);
    }
}
