package dev.keel.application.work.document;

/** Whether the store can read a SQL/JSON path filter, judged without any document (its syntax, its regexes). */
public interface CheckJsonPathUseCase {

    /** True when the store reads {@code jsonPath}; a path it refuses is false. */
    boolean isReadable(String jsonPath);
}
