package dev.keel.adapter.web.shared;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The OpenAPI document's header; micronaut-openapi writes the document at build time. */
@OpenAPIDefinition(info = @Info(title = "Keel", version = "1",
        description = "Keel's HTTP API. Errors are RFC 9457 application/problem+json documents; see docs/api.md."))
final class ApiDefinition {

    private ApiDefinition() {
    }
}
