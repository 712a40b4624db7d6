package dev.keel.adapter.web.identity.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The RSA keys of access tokens: one signing key, and the published keys (the signing key's public half plus any
 * configured for rotation) by their {@code kid}. Only published keys verify; a token whose {@code kid} is no longer
 * published is refused. Where the signing key comes from, in this order: {@code keel.auth.jwt.signing-key} (PEM,
 * PKCS#8); else a key pair kept in {@code keel.auth.jwt.key-directory} (the development launcher's
 * {@code $KEEL_DATA_DIR/jwt}), generated there once; else a key pair made for this process alone, with a warning.
 */
@Singleton
public final class JwtKeys {

    private static final Logger LOG = LoggerFactory.getLogger(JwtKeys.class);
    private static final String KEY_FILE = "signing-key.pem";
    private static final String KID_FILE = "signing-key.kid";

    private final RSAKey signingKey;
    private final Map<String, RSAKey> published;

    @Inject
    JwtKeys(@Value("${keel.auth.jwt.signing-key:}") String signingKeyPem,
            @Value("${keel.auth.jwt.signing-key-id:}") String signingKeyId,
            @Value("${keel.auth.jwt.verification-keys:}") String verificationKeys,
            @Value("${keel.auth.jwt.key-directory:}") String keyDirectory) {
        this(load(signingKeyPem, signingKeyId, keyDirectory), parsePublicKeys(verificationKeys));
    }

    /** A ring of exactly these keys (tests). */
    public JwtKeys(RSAKey signingKey, List<RSAKey> otherPublishedKeys) {
        this.signingKey = signingKey;
        Map<String, RSAKey> keys = new LinkedHashMap<>();
        keys.put(signingKey.getKeyID(), signingKey.toPublicJWK());
        for (RSAKey key : otherPublishedKeys) {
            if (keys.putIfAbsent(key.getKeyID(), key.toPublicJWK()) != null) {
                throw new IllegalArgumentException("two published keys have the kid " + key.getKeyID());
            }
        }
        this.published = Map.copyOf(keys);
    }

    RSAKey signingKey() {
        return signingKey;
    }

    /** The public key that verifies tokens with this {@code kid}, if it is published. */
    Optional<RSAKey> verificationKey(@Nullable String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(published.get(kid));
    }

    /** The JSON Web Key Set of the published public keys. */
    public Map<String, Object> jwks() {
        List<JWK> keys = new ArrayList<>(published.values());
        return new JWKSet(keys).toJSONObject(true);
    }

    /** A new 2048-bit RSA key pair for signing. */
    public static RSAKey generate(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return rsaKey((RSAPrivateCrtKey) pair.getPrivate(), kid);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** The PKCS#8 PEM of a private key (what {@code KEEL_JWT_SIGNING_KEY} takes). */
    public static String toPem(RSAKey key) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toPrivateKey().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey fromPem(String pem, String kid) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("the signing key must be an RSA private key in PKCS#8 PEM");
            }
            return rsaKey(crt, kid);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("keel.auth.jwt.signing-key (KEEL_JWT_SIGNING_KEY) is not an RSA private"
                    + " key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)", e);
        }
    }

    private static RSAKey rsaKey(RSAPrivateCrtKey privateKey, String kid) throws GeneralSecurityException {
        var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid).keyUse(KeyUse.SIGNATURE)
                .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build();
    }

    private static RSAKey load(String pem, String kid, String directory) {
        if (!pem.isBlank()) {
            if (kid.isBlank()) {
                throw new IllegalArgumentException("KEEL_JWT_SIGNING_KEY_ID must name the signing key (its kid)");
            }
            return fromPem(pem, kid.strip());
        }
        if (!directory.isBlank()) {
            return loadOrCreate(Path.of(directory));
        }
        LOG.warn("No JWT signing key configured (KEEL_JWT_SIGNING_KEY): using a key pair made for this process. Access"
                + " tokens will not survive a restart and are not accepted by other instances. Set"
                + " KEEL_JWT_SIGNING_KEY and KEEL_JWT_SIGNING_KEY_ID in production.");
        return generate("ephemeral-" + UUID.randomUUID());
    }

    private static RSAKey loadOrCreate(Path directory) {
        Path keyFile = directory.resolve(KEY_FILE);
        Path kidFile = directory.resolve(KID_FILE);
        try {
            if (Files.exists(keyFile) && Files.exists(kidFile)) {
                LOG.info("Signing access tokens with the development key pair in {}", directory);
                return fromPem(Files.readString(keyFile), Files.readString(kidFile).strip());
            }
            Files.createDirectories(directory);
            RSAKey key = generate("dev-" + UUID.randomUUID());
            Path temporary = Files.createTempFile(directory, "signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's permissions.
            }
            Files.writeString(temporary, toPem(key));
            Files.writeString(kidFile, key.getKeyID());
            Files.move(temporary, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a development key pair for access tokens in {}; later starts reuse it", directory);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the development JWT key in " + directory, e);
        }
    }

    /** {@code KEEL_JWT_VERIFICATION_KEYS}: a JSON Web Key Set of public RSA keys, each with its kid. */
    private static List<RSAKey> parsePublicKeys(String jwks) {
        if (jwks.isBlank()) {
            return List.of();
        }
        try {
            List<RSAKey> keys = new ArrayList<>();
            for (JWK key : JWKSet.parse(jwks).getKeys()) {
                if (!(key instanceof RSAKey rsa) || key.getKeyID() == null) {
                    throw new IllegalArgumentException("every verification key must be an RSA key with a kid");
                }
                keys.add(rsa.toPublicJWK());
            }
            return keys;
        } catch (ParseException e) {
            throw new IllegalArgumentException("KEEL_JWT_VERIFICATION_KEYS is not a JSON Web Key Set", e);
        }
    }
}
