package dev.keel.domain.work.activity;

/**
 * What happened: {@code removed} is a removal for good (a member leaving, a permanent delete), {@code deleted} a soft
 * delete; {@code moved} a task changing column or place; the label ones a label put on or taken off a task.
 */
public enum ActivityAction {
    CREATED("created"),
    UPDATED("updated"),
    MOVED("moved"),
    DELETED("deleted"),
    RESTORED("restored"),
    REMOVED("removed"),
    LABEL_ADDED("labelAdded"),
    LABEL_REMOVED("labelRemoved");

    private final String apiName;

    ActivityAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static ActivityAction ofApiName(String name) {
        for (ActivityAction action : values()) {
            if (action.apiName.equals(name)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown activity action " + name);
    }
}
