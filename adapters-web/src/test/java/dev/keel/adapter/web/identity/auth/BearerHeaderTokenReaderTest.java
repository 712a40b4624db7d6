package dev.keel.adapter.web.identity.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.bearer.BearerTokenConfigurationProperties;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BearerHeaderTokenReaderTest {

    private final BearerHeaderTokenReader reader =
            new BearerHeaderTokenReader(new BearerTokenConfigurationProperties());

    @Test
    void theTokenIsWhatFollowsTheBearerPrefixWhateverItsCase() {
        assertThat(tokenIn("Bearer abc.def.ghi")).contains("abc.def.ghi");
        assertThat(tokenIn("bearer abc.def.ghi")).contains("abc.def.ghi");
        assertThat(tokenIn("BEARER AbC")).as("the token keeps its case").contains("AbC");
    }

    @Test
    void otherSchemesAndAPrefixWithoutItsSpaceGiveNoToken() {
        assertThat(tokenIn("Basic YWRhOnNlY3JldA==")).isEmpty();
        assertThat(tokenIn("Bearer")).isEmpty();
        assertThat(tokenIn("Bearerabc")).isEmpty();
        assertThat(tokenIn("")).isEmpty();
        assertThat(reader.findToken(HttpRequest.GET("/"))).as("no Authorization header").isEmpty();
    }

    @Test
    void theConfiguredHeaderAndPrefixAreUsed() {
        var configuration = new BearerTokenConfigurationProperties();
        configuration.setHeaderName("X-Token");
        configuration.setPrefix("Token");
        var custom = new BearerHeaderTokenReader(configuration);

        assertThat(custom.findToken(HttpRequest.GET("/").header("X-Token", "token abc"))).contains("abc");
        assertThat(custom.findToken(HttpRequest.GET("/").header("Authorization", "Bearer abc"))).isEmpty();
    }

    private Optional<String> tokenIn(String authorization) {
        return reader.findToken(HttpRequest.GET("/").header("Authorization", authorization));
    }
}
