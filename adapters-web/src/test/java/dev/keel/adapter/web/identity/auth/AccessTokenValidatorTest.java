package dev.keel.adapter.web.identity.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenValidatorTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Actor ADA = new Actor(new UserId(UUID.randomUUID()), Role.MEMBER, new SessionId(UUID.randomUUID()));

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final JwtKeys keys = new JwtKeys(JwtKeys.generate("k1"), List.of());
    private final AccessTokenValidator validator = new AccessTokenValidator(keys, now::get);
    private final JwtAccessTokenIssuer issuer = new JwtAccessTokenIssuer(keys);

    private String token() {
        return issuer.issue(ADA, NOW, NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aFreshTokenProvesUserRoleAndSession() {
        var authentication = validator.verify(token()).orElseThrow();

        assertThat(Actors.of(authentication)).isEqualTo(ADA);
    }

    @Test
    void aTokenExpiresByTheInjectedClock() {
        String token = token();

        now.set(NOW.plus(Duration.ofMinutes(15)).minusMillis(1));
        assertThat(validator.verify(token)).isPresent();
        now.set(NOW.plus(Duration.ofMinutes(15)));
        assertThat(validator.verify(token)).isEmpty();
    }

    @Test
    void aRememberedTokenVouchesOnlyForItsExactText() {
        String genuine = token();
        assertThat(validator.verify(genuine)).isPresent();
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("MEMBER", "ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];

        assertThat(validator.verify(forged)).isEmpty();
        assertThat(validator.verify(genuine)).isPresent();
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("MEMBER", "ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThat(validator.verify(forged)).isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        var claims = new JWTClaimsSet.Builder().issuer("keel").subject(ADA.userId().toString()).claim("role", "ADMIN")
                .claim("sid", ADA.sessionId().toString()).expirationTime(Date.from(NOW.plusSeconds(600))).build();

        assertThat(validator.verify(new PlainJWT(claims).serialize())).isEmpty();
        assertThat(validator.verify(new PlainJWT(claims).serialize() + "c2ln")).isEmpty();
    }

    @Test
    void aTokenSignedByAnotherKeyWithAPublishedKidIsRefused() throws Exception {
        var other = JwtKeys.generate("k1");
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                new JWTClaimsSet.Builder().issuer("keel").subject(ADA.userId().toString()).claim("role", "ADMIN")
                        .claim("sid", ADA.sessionId().toString()).expirationTime(Date.from(NOW.plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(other));

        assertThat(validator.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void aSignedTokenWithAMissingOrMalformedClaimIsRefused() throws Exception {
        String user = ADA.userId().toString();
        String session = ADA.sessionId().toString();
        List<JWTClaimsSet.Builder> faulty = List.of(
                claims(user, null, session), claims(user, "ADMIN", null), claims(null, "ADMIN", session),
                claims(user, "FOO", session), claims(user, "admin", session), claims(user, "ADMIN", "not-a-uuid"),
                claims("not-a-uuid", "ADMIN", session), claims("1-1-1-1-1", "ADMIN", session),
                claims(user.toUpperCase(), "ADMIN", session), claims(user, "ADMIN", session).claim("sid", 42),
                claims(user, "ADMIN", session).claim("role", List.of("ADMIN")));

        assertThat(validator.verify(signed(claims(user, "ADMIN", session)))).as("well-formed").isPresent();
        for (JWTClaimsSet.Builder claims : faulty) {
            assertThat(validator.verify(signed(claims))).as(claims.build().toString()).isEmpty();
        }
    }

    private static JWTClaimsSet.Builder claims(String subject, String role, String session) {
        return new JWTClaimsSet.Builder().issuer("keel").subject(subject).claim("role", role).claim("sid", session)
                .expirationTime(Date.from(NOW.plusSeconds(600)));
    }

    private String signed(JWTClaimsSet.Builder claims) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build());
        jwt.sign(new RSASSASigner(keys.signingKey()));
        return jwt.serialize();
    }

    @Test
    void publishedKeysVerifyAndAKeyNoLongerPublishedDoesNot() {
        JwtKeys old = new JwtKeys(JwtKeys.generate("old"), List.of());
        String oldToken = new JwtAccessTokenIssuer(old).issue(ADA, NOW, NOW.plusSeconds(600));
        JwtKeys rotated = new JwtKeys(JwtKeys.generate("new"), List.of(old.signingKey().toPublicJWK()));
        JwtKeys afterRotation = new JwtKeys(rotated.signingKey(), List.of());

        assertThat(new AccessTokenValidator(rotated, now::get).verify(oldToken)).as("old key still published").isPresent();
        assertThat(new AccessTokenValidator(afterRotation, now::get).verify(oldToken)).as("old key removed").isEmpty();
        List<?> published = (List<?>) rotated.jwks().get("keys");
        assertThat(published).hasSize(2).allSatisfy(key -> assertThat((java.util.Map<String, Object>) key)
                .as("public halves only").doesNotContainKey("d").containsKey("kid"));
    }

    @Test
    void aSigningKeySurvivesItsPemRoundTrip() {
        var key = JwtKeys.generate("pem");
        var back = JwtKeys.fromPem(JwtKeys.toPem(key), "pem");

        assertThat(back.toPublicJWK()).isEqualTo(key.toPublicJWK());
    }
}
