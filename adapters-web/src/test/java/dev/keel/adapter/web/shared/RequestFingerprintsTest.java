package dev.keel.adapter.web.shared;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintsTest {

    private static final String SIGN_UP = "POST /api/v1/users\n"
            + "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"password\":\"s3cret-password\"}";

    @Test
    void theSameSecretGivesTheSameFingerprintOnEveryInstance() {
        assertThat(new RequestFingerprints("shared-secret").of(SIGN_UP))
                .isEqualTo(new RequestFingerprints("shared-secret").of(SIGN_UP))
                .hasSize(64)
                .matches("[0-9a-f]+");
    }

    @Test
    void anotherSecretGivesAnotherFingerprint() {
        assertThat(new RequestFingerprints("one-secret").of(SIGN_UP))
                .isNotEqualTo(new RequestFingerprints("another-secret").of(SIGN_UP));
    }

    @Test
    void anotherRequestGivesAnotherFingerprint() {
        RequestFingerprints fingerprints = new RequestFingerprints("shared-secret");

        assertThat(fingerprints.of(SIGN_UP)).isNotEqualTo(fingerprints.of(SIGN_UP.replace("s3cret", "s3cres")));
    }

    @Test
    void aReaderOfTheStoredFingerprintCannotTestAPasswordGuessByHashingTheRequest() throws Exception {
        String fingerprint = new RequestFingerprints("shared-secret").of(SIGN_UP);

        assertThat(fingerprint).isNotEqualTo(hex(MessageDigest.getInstance("SHA-256")
                .digest(SIGN_UP.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theKeyIsDerivedFromTheSecretAndIsNotTheOneThatSignsCursors() throws Exception {
        byte[] secret = "shared-secret".getBytes(StandardCharsets.UTF_8);
        byte[] derived = hmac(secret, "keel idempotency fingerprint".getBytes(StandardCharsets.UTF_8));

        String fingerprint = new RequestFingerprints("shared-secret").of(SIGN_UP);

        assertThat(fingerprint).isEqualTo(hex(hmac(derived, SIGN_UP.getBytes(StandardCharsets.UTF_8))));
        assertThat(fingerprint).isNotEqualTo(hex(hmac(secret, SIGN_UP.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void withoutASecretEachProcessHasARandomKeyOfItsOwn() {
        RequestFingerprints unset = new RequestFingerprints(null);

        assertThat(unset.of(SIGN_UP)).isEqualTo(unset.of(SIGN_UP));
        assertThat(unset.of(SIGN_UP)).isNotEqualTo(new RequestFingerprints(" ").of(SIGN_UP));
        assertThat(unset.of(SIGN_UP)).isNotEqualTo(new RequestFingerprints("").of(SIGN_UP));
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
