package dev.keel.bootstrap.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The check behind {@link AuthorizationMatrixTest}: every served route has a row, and every row a route. */
final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** What is wrong between the routes ("METHOD /template") and the matrix rows; empty when they match. */
    static List<String> mismatches(Collection<String> routes, Set<String> rows) {
        List<String> problems = new ArrayList<>();
        for (String route : new TreeSet<>(routes)) {
            if (!rows.contains(route)) {
                problems.add("route without a matrix row: " + route);
            }
        }
        for (String row : new TreeSet<>(rows)) {
            if (!routes.contains(row)) {
                problems.add("matrix row without a route: " + row);
            }
        }
        return problems;
    }
}
