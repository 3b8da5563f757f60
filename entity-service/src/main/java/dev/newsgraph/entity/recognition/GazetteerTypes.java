package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes the type of mentions that are country names (LOCATION) or nationality words (MISC), unless the
 * document shows the word is a person's name ("Jordan" after "Michael Jordan").
 */
final class GazetteerTypes implements DocumentRefinement {

    private final CountryGazetteer gazetteer;

    GazetteerTypes(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void refine(TaggedDocument document) {
        Set<String> personNameParts = new HashSet<>();
        for (TokenMention mention : document.mentions()) {
            if (mention.type() == EntityType.PERSON && mention.length() > 1) {
                for (int t = mention.start(); t < mention.end(); t++) {
                    personNameParts.add(document.lowerWord(t));
                }
            }
        }
        List<TokenMention> refined = new ArrayList<>();
        for (TokenMention mention : document.mentions()) {
            String surface = document.surface(mention.start(), mention.end());
            boolean personal = personNameParts.contains(surface.toLowerCase(Locale.ROOT));
            if (!personal && mention.type() != EntityType.LOCATION && gazetteer.isCountry(surface)) {
                refined.add(mention.withType(EntityType.LOCATION));
            } else if (!personal && mention.type() != EntityType.MISC && gazetteer.isNationality(surface)) {
                refined.add(mention.withType(EntityType.MISC));
            } else {
                refined.add(mention);
            }
        }
        document.replaceMentions(refined);
    }
}
