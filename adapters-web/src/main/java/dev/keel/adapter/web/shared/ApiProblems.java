package dev.keel.adapter.web.shared;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem responses of the OpenAPI document, declared once in {@code openapi/problems.yml} and referenced
 * by operations through these annotations, so that an operation states only which problems it can answer.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** What any operation can answer: bad input (400), an Accept it cannot satisfy (406), a busy database (503). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @ApiResponse(responseCode = "503", ref = "#/components/responses/ServiceUnavailable")
    public @interface Common {
    }

    /** What an operation with a request body can answer besides: too large (413), wrong Content-Type (415). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    public @interface WithBody {
    }

    /** No valid access token (or wrong sign-in credentials): 401 with WWW-Authenticate. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    public @interface Unauthorized {
    }

    /** The caller may not do this to a resource they can see. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    public @interface Forbidden {
    }

    /** Throttled: 429 with Retry-After. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    public @interface TooManyRequests {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "412", ref = "#/components/responses/PreconditionFailed")
    public @interface PreconditionFailed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422", ref = "#/components/responses/BusinessRule")
    public @interface BusinessRule {
    }
}
