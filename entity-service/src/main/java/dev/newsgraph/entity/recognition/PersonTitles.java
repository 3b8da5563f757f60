package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps titles and roles out of names: "President Vladimir Putin" and "Russian Defense Minister Sergei
 * Shoigu" name the people "Vladimir Putin" and "Sergei Shoigu"; a title alone is no name; and the portfolio
 * in "Minister of Defence" is part of a title, not an organisation.
 */
final class PersonTitles implements DocumentRefinement {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "president", "vice", "premier", "chancellor", "minister", "secretary", "senator", "sen",
            "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "judge",
            "justice", "general", "gen", "admiral", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant",
            "lt", "sergeant", "sgt", "commander", "marshal", "coach", "manager", "king", "queen", "prince", "princess",
            "emperor", "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "father", "sheikh", "ayatollah",
            "leader", "chief", "officer", "official", "prime", "deputy", "acting", "former", "defense", "defence",
            "foreign", "interior", "finance", "trade", "state", "economy", "health", "ceo", "head",
            // seen in the Wikinews spot check (docs/quality.md, issue 19)
            "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councillor", "emeritus", "mme");

    /** Roles whose "of ..." complement is a portfolio: "Minister of Defence", "Secretary of State". */
    private static final Set<String> PORTFOLIO_ROLES = Set.of("minister", "ministers", "secretary", "secretaries",
            "commissioner", "commissioners");

    @Override
    public void refine(TaggedDocument document) {
        List<TokenMention> refined = new ArrayList<>();
        for (TokenMention mention : document.mentions()) {
            if (isPortfolio(document, mention)) {
                continue;
            }
            if (mention.type() != EntityType.PERSON) {
                refined.add(mention);
                continue;
            }
            int start = mention.start();
            for (int t = mention.start(); t < mention.end() - 1; t++) {
                if (isTitle(document.word(t))) {
                    start = t + 1;
                }
            }
            if (!(mention.length() == 1 && isTitle(document.word(mention.start())))) {
                refined.add(mention.withBounds(start, mention.end()));
            }
        }
        document.replaceMentions(refined);
    }

    static boolean isTitle(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TITLES.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static boolean isPortfolio(TaggedDocument document, TokenMention mention) {
        if (mention.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int before = mention.start() - 1;
        if (before >= 0 && document.lowerWord(before).equals("the")) {
            before--;
        }
        if (before < 1 || !document.lowerWord(before).equals("of")) {
            return false;
        }
        int role = before - 1;
        return document.sentenceOf(role) == document.sentenceOf(mention.start())
                && PORTFOLIO_ROLES.contains(document.lowerWord(role));
    }
}
