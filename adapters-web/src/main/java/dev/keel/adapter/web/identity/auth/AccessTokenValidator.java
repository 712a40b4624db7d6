package dev.keel.adapter.web.identity.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.keel.application.shared.Clock;
import dev.keel.domain.identity.user.Role;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JwtTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies access tokens on every request, without a database: RS256 only (no {@code none}, no HMAC), a published
 * {@code kid}, a valid signature, our issuer, and an expiry after the injected clock's now. Replaces Micronaut's
 * generic JWT validator, so that no other algorithm or key source can be configured in by accident.
 */
@Singleton
@Replaces(JwtTokenValidator.class)
public final class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final JwtKeys keys;
    private final Clock clock;

    public AccessTokenValidator(JwtKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return verify(token).map(Publishers::just).orElseGet(Publishers::empty);
    }

    /** The authentication the token proves, or empty when it proves nothing. */
    public Optional<Authentication> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            var key = keys.verificationKey(jwt.getHeader().getKeyID()).orElse(null);
            if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            return authentication(jwt.getJWTClaimsSet(), clock.now());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Authentication> authentication(JWTClaimsSet claims, Instant now) throws ParseException {
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !now.isBefore(expiry.toInstant())
                || !JwtAccessTokenIssuer.ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null) {
            return Optional.empty();
        }
        String subject = UUID.fromString(claims.getSubject()).toString();
        Role role = Role.valueOf(claims.getStringClaim(JwtAccessTokenIssuer.ROLE_CLAIM));
        String session = UUID.fromString(claims.getStringClaim(JwtAccessTokenIssuer.SESSION_CLAIM)).toString();
        return Optional.of(Authentication.build(subject, List.of(role.name()),
                Map.of(JwtAccessTokenIssuer.SESSION_CLAIM, session)));
    }
}
