package dev.keel.domain.paging;

public enum SortDirection {
    ASC,
    DESC
}
