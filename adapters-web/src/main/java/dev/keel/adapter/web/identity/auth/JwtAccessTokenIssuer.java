package dev.keel.adapter.web.identity.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.keel.application.identity.auth.AccessTokenIssuer;
import dev.keel.application.identity.auth.Actor;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;

/** Access tokens as RS256 JWTs: {@code sub} the user id, {@code role}, {@code sid} the session id, iat/exp, iss. */
@Singleton
public final class JwtAccessTokenIssuer implements AccessTokenIssuer {

    static final String ISSUER = "keel";
    static final String ROLE_CLAIM = "role";
    static final String SESSION_CLAIM = "sid";

    private final JwtKeys keys;
    private final RSASSASigner signer;

    JwtAccessTokenIssuer(JwtKeys keys) {
        this.keys = keys;
        try {
            this.signer = new RSASSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("the JWT signing key cannot sign", e);
        }
    }

    @Override
    public String issue(Actor actor, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(actor.userId().toString())
                .claim(ROLE_CLAIM, actor.role().name())
                .claim(SESSION_CLAIM, actor.sessionId().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keys.signingKey().getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("an access token could not be signed", e);
        }
        return jwt.serialize();
    }
}
