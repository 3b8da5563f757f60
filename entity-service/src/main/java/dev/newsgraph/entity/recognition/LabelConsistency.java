package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * One name, one type, throughout a document: a mention takes the type the document's evidence favours for
 * its name, and later occurrences the tagger missed (or cut short, as in headings) become mentions too. In a
 * headline the body's use of a name decides its type outright, since capitals mislead the tagger there.
 */
final class LabelConsistency implements DocumentRefinement {

    /**
     * The tagger is sure of a label above this probability; such labels stand even against the document's
     * majority, since one name can rightly have two types in one text ("New York" the place and the team).
     */
    private static final double SURE = 0.9;

    /** How much more evidence the majority type needs than the mention's own type to overrule it. */
    private static final double MARGIN = 2.0;

    @Override
    public void refine(TaggedDocument document) {
        DocumentNames names = DocumentNames.of(document);
        List<TokenMention> retyped = new ArrayList<>();
        for (TokenMention mention : document.mentions()) {
            String surface = document.surface(mention.start(), mention.end());
            EntityType best = names.bestType(surface);
            if (document.sentenceOf(mention.start()).headline()) {
                EntityType body = names.casedBodyType(surface);
                retyped.add(body != null ? mention.withType(body) : mention);
                continue;
            }
            boolean outvoted = best != null && best != mention.type() && mention.confidence() < SURE
                    && names.weight(surface, best) > MARGIN * names.weight(surface, mention.type());
            retyped.add(outvoted ? mention.withType(best) : mention);
        }
        document.replaceMentions(retyped);
        List<TokenMention> found = names.unlabelledOccurrences(document);
        if (!found.isEmpty()) {
            List<TokenMention> all = new ArrayList<>(found);
            for (TokenMention mention : document.mentions()) {
                if (found.stream().noneMatch(f -> mention.overlaps(f.start(), f.end()))) {
                    all.add(mention);
                }
            }
            document.replaceMentions(all);
        }
    }
}
