package dev.keel.domain.shared;

/** Somebody else changed or removed the row between our read and our write (optimistic lock lost). */
public final class ConcurrentUpdateException extends ConflictException {

    private final String resource;

    public ConcurrentUpdateException(String resource, Object id) {
        this(resource + " " + id);
    }

    private ConcurrentUpdateException(String resource) {
        super(resource + " was changed concurrently; read it again and retry");
        this.resource = resource;
    }

    /** The resource and id that changed, e.g. {@code task 01a2…}: what those who retry the change queue on. */
    public String resource() {
        return resource;
    }
}
