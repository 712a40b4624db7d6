package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.BusinessRuleViolationException;
import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.ForbiddenException;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.shared.TooManyAttemptsException;
import dev.keel.domain.shared.UnauthenticatedException;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.VersionMismatchException;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    /** One sample of every permitted kind of domain error. */
    private static final List<DomainException> ONE_OF_EACH_KIND = List.of(
            ValidationException.of("name", "must not be blank"),
            new NotFoundException("user", "1"),
            new ConflictException("taken"),
            new VersionMismatchException("user", "1", 1, 2),
            new BusinessRuleViolationException("refused"),
            new UnauthenticatedException("who are you"),
            new ForbiddenException("not you"),
            new TooManyAttemptsException("slow down", java.time.Duration.ofSeconds(30)));

    @Test
    void theSamplesCoverEveryPermittedKindOfDomainError() {
        assertThat(ONE_OF_EACH_KIND).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(DomainException.class.getPermittedSubclasses()));
    }

    @Test
    void everyKindMapsToExactlyOneStatusOfItsOwn() {
        Map<HttpStatus, List<Class<?>>> kindsByStatus = ONE_OF_EACH_KIND.stream().collect(Collectors.groupingBy(
                ProblemResponses::statusOf, Collectors.mapping(Object::getClass, Collectors.toList())));

        assertThat(kindsByStatus).hasSize(ONE_OF_EACH_KIND.size());
        assertThat(kindsByStatus.keySet()).allSatisfy(status -> assertThat(status.getCode()).isBetween(400, 499));
    }

    @Test
    void aRefinementKeepsItsKindsStatus() {
        var refinement = new ConflictException("x") {
        };
        assertThat((Object) ProblemResponses.statusOf(refinement)).isEqualTo(HttpStatus.CONFLICT);
    }
}
