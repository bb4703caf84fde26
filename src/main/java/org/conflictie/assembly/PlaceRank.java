package org.conflictie.assembly;

import org.conflictie.annotators.PlaceMention;

/** Orders places from most to least specific; an attached (locative) place beats a loose one. */
final class PlaceRank {
    private PlaceRank() {}

    static int of(PlaceMention p) {
        int kind = switch (p.kind()) {
            case "site" -> 0;
            case "city" -> 1;
            case "region" -> 2;
            case "area" -> 3;
            case "admin1" -> 4;
            case "address" -> 5;
            case "country" -> 6;
            case "facility" -> 7;
            default -> 8;
        };
        return kind * 2 + (p.anchor() >= 0 ? 0 : 1);
    }
}
