package org.conflictie.resources;

import java.util.Locale;

/** What sort of armed actor a canonical name denotes (the {@code kind} column of actors/aliases.tsv). */
public enum ActorKind {
    /** A state's armed forces, police or security services. */
    STATE_FORCE,
    /** A pro-state militia or death squad outside the regular chain of command. */
    PARAMILITARY,
    /** A rebel, insurgent, jihadist or separatist group. */
    NON_STATE_ARMED_GROUP,
    /** A multinational military coalition or alliance. */
    COALITION,
    /** A UN or regional peacekeeping mission. */
    PEACEKEEPING,
    /** A cartel or gang. */
    CRIMINAL_GROUP,
    /** A private military company. */
    PRIVATE_MILITARY;

    /** The code used in the data files ({@code state_force}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
