package dev.keel.adapter.web.work.document;

import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.adapter.web.shared.query.StoreFilterCheck;
import dev.keel.application.work.document.CheckJsonPathUseCase;
import dev.keel.domain.shared.FieldViolation;
import jakarta.inject.Singleton;

import java.util.List;

/** A documents list's {@code jsonPath} that the database cannot read, reported with the list's other faults. */
@Singleton
final class JsonPathSyntaxCheck implements StoreFilterCheck {

    private final CheckJsonPathUseCase checkJsonPath;

    JsonPathSyntaxCheck(CheckJsonPathUseCase checkJsonPath) {
        this.checkJsonPath = checkJsonPath;
    }

    @Override
    public List<FieldViolation> faults(ListParameters<?> parameters) {
        if (parameters instanceof DocumentListParameters documents && documents.jsonPath() != null
                && !checkJsonPath.isReadable(documents.jsonPath())) {
            return List.of(new FieldViolation("jsonPath", DocumentListParameters.UNREADABLE_PATH));
        }
        return List.of();
    }
}
