package dev.keel.domain.shared;

/** Somebody else changed or removed the row between our read and our write (optimistic lock lost). */
public final class ConcurrentUpdateException extends ConflictException {

    public ConcurrentUpdateException(String resource, Object id) {
        super(resource + " " + id + " was changed concurrently; read it again and retry");
    }
}
