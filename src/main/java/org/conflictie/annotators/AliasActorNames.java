package org.conflictie.annotators;

import java.util.Optional;
import org.conflictie.lexicon.ModelFiles;
import org.conflictie.resources.ActorAliases;
import org.conflictie.resources.CivilianTerms;
import org.conflictie.resources.Gazetteer;

/**
 * {@link ActorNames} backed by the alias tables under {@code models/actors/} ({@link ActorAliases}:
 * "Daesh fighters" → ISIS, "Turkish troops" → Turkish armed forces) and the civilian terms.
 */
public final class AliasActorNames implements ActorNames {
    private final ActorAliases aliases;
    private final CivilianTerms civilians;

    public AliasActorNames(ActorAliases aliases, CivilianTerms civilians) {
        this.aliases = aliases;
        this.civilians = civilians;
    }

    /** The tables of a models folder, or the bundled ones. */
    public static AliasActorNames load(ModelFiles files, Gazetteer gazetteer) {
        if (files.dir() == null) return new AliasActorNames(ActorAliases.defaultInstance(), CivilianTerms.defaultInstance());
        return new AliasActorNames(ActorAliases.load(files.dir(), gazetteer), CivilianTerms.load(files.dir()));
    }

    @Override
    public Optional<String> canonical(String phrase) {
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        return aliases.canonical(phrase).map(a -> a.name());
    }

    @Override
    public boolean isCivilian(String headLemma) {
        return headLemma != null && civilians.isCivilian(headLemma);
    }
}
