package org.conflictie.score;

import java.util.List;
import java.util.Locale;

/**
 * The rows of a score table: the nine slots of the spec's scoring table, then {@link #ALL}.
 *
 * <p>{@code ALL} is not a slot of its own: it sums every slot but {@code EVENT}, as the spec's
 * "all" row does. It sits in this enum so that tables, intervals and JSON can walk one list.
 */
public enum Slot {
    EVENT, SUBTYPE, DATE, PLACE, COUNTRY, ATTACKER, TARGET, CASUALTY, CASUALTY_GROUP,
    /** Sum of every slot but {@link #EVENT}. */
    ALL;

    /** The nine real slots, in table order. */
    public static final List<Slot> SLOTS = List.of(EVENT, SUBTYPE, DATE, PLACE, COUNTRY, ATTACKER, TARGET,
            CASUALTY, CASUALTY_GROUP);

    /** Every table row: the nine slots, then {@code ALL}. */
    public static final List<Slot> ROWS = List.of(values());

    /** The name used in reports and JSON, e.g. {@code casualty_group}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True for the slots whose true positives the pairing of events maximises: subtype, date,
     * place, country, attacker, target and casualty (not event, not casualty_group).
     */
    public boolean inPairingObjective() {
        return this != EVENT && this != CASUALTY_GROUP && this != ALL;
    }

    /** True for the slots that count toward {@link #ALL}. */
    public boolean inAll() {
        return this != EVENT && this != ALL;
    }
}
