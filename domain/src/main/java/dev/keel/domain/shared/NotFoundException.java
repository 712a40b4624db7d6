package dev.keel.domain.shared;

/** The addressed resource does not exist, or is soft-deleted and so invisible to ordinary reads. */
public non-sealed class NotFoundException extends DomainException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, Object id) {
        super("not-found", "Resource not found", resource + " " + id + " was not found");
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
