package dev.keel.domain.shared.paging;

public enum SortDirection {
    ASC,
    DESC
}
