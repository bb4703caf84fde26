package org.conflictie.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.List;

/** The CoreNLP annotation keys our annotators add to a document. */
public final class EventAnnotations {
    private EventAnnotations() {}

    /** The publication date used for resolving dates, and where it came from. */
    public static final class DocumentDateAnnotation implements CoreAnnotation<DocumentDate> {
        public Class<DocumentDate> getType() {
            return DocumentDate.class;
        }
    }

    public static final class DateMentionsAnnotation implements CoreAnnotation<List<DateMention>> {
        public Class<List<DateMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class TriggerMentionsAnnotation implements CoreAnnotation<List<TriggerMention>> {
        public Class<List<TriggerMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class CasualtyMentionsAnnotation implements CoreAnnotation<List<CasualtyMention>> {
        public Class<List<CasualtyMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class ActorMentionsAnnotation implements CoreAnnotation<List<ActorMention>> {
        public Class<List<ActorMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class PlaceMentionsAnnotation implements CoreAnnotation<List<PlaceMention>> {
        public Class<List<PlaceMention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** The rules switched off for this run, for annotators that must skip a rule where it fires. */
    public static final class DisabledRulesAnnotation implements CoreAnnotation<DisabledRules> {
        public Class<DisabledRules> getType() {
            return DisabledRules.class;
        }
    }
}
