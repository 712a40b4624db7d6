package dev.keel.adapter.web.identity.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.keel.adapter.web.shared.json.Scalars;
import dev.keel.application.identity.auth.SessionTokens;
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
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies access tokens on every request, without a database: RS256 only (no {@code none}, no HMAC), a published
 * {@code kid}, a valid signature, our issuer, and an expiry after the injected clock's now. Replaces Micronaut's
 * generic JWT validator, so that no other algorithm or key source can be configured in by accident.
 *
 * <p>A client sends the same token with every request for up to its 15 minutes, and checking the RSA signature
 * again each time cost a third of a read's CPU: tokens that verified are kept (at most {@value #REMEMBERED_TOKENS},
 * none longer than a token lives), keyed by their exact text, so a hit proves the same signed content. A hit still
 * checks the expiry against the clock. Keys change only with a restart, which empties the cache. An entry is about
 * 1.3 KB: 2,000 of them fit the production heap's headroom; beyond that, tokens are simply verified again.
 */
@Singleton
@Replaces(JwtTokenValidator.class)
public final class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    static final int REMEMBERED_TOKENS = 2_000;

    private final JwtKeys keys;
    private final Clock clock;
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_TOKENS)
            .expireAfterWrite(SessionTokens.ACCESS_TOKEN_LIFETIME)
            .build();

    public AccessTokenValidator(JwtKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token whose signature, algorithm, key, issuer and claims checked out, and until when it is valid. */
    private record Verified(Authentication authentication, Instant expiry) {
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return verify(token).map(Publishers::just).orElseGet(Publishers::empty);
    }

    /** The authentication the token proves, or empty when it proves nothing. */
    public Optional<Authentication> verify(String token) {
        Verified known = verified.getIfPresent(token);
        if (known == null) {
            known = verifySignedContent(token);
            if (known == null) {
                return Optional.empty();
            }
            verified.put(token, known);
        }
        return clock.now().isBefore(known.expiry()) ? Optional.of(known.authentication()) : Optional.empty();
    }

    private Verified verifySignedContent(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return null;
            }
            var key = keys.verificationKey(jwt.getHeader().getKeyID()).orElse(null);
            if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
                return null;
            }
            return verifiedClaims(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Verified verifiedClaims(JWTClaimsSet claims) throws ParseException {
        Date expiry = claims.getExpirationTime();
        String subject = canonicalUuid(claims.getSubject());
        Role role = role(claims.getStringClaim(JwtAccessTokenIssuer.ROLE_CLAIM));
        String session = canonicalUuid(claims.getStringClaim(JwtAccessTokenIssuer.SESSION_CLAIM));
        if (expiry == null || !JwtAccessTokenIssuer.ISSUER.equals(claims.getIssuer())
                || subject == null || role == null || session == null) {
            return null;
        }
        return new Verified(Authentication.build(subject, List.of(role.name()),
                Map.of(JwtAccessTokenIssuer.SESSION_CLAIM, session)), expiry.toInstant());
    }

    /** The claim as the issuer writes a UUID (canonical, lower case), or null for anything else, absent included. */
    private static String canonicalUuid(String claim) {
        if (claim == null) {
            return null;
        }
        try {
            String canonical = Scalars.uuid(claim).toString();
            return canonical.equals(claim) ? canonical : null;
        } catch (Scalars.InvalidValue e) {
            return null;
        }
    }

    /** The role the claim names exactly, or null for anything else, absent included. */
    private static Role role(String claim) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(claim)).findFirst().orElse(null);
    }
}
