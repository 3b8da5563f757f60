package dev.newsgraph.article.search;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * What a search query ({@code q}, web-search syntax) may cost, checked before it reaches PostgreSQL.
 * {@code websearch_to_tsquery} turns every run of letters or digits into a term of the query (a
 * hyphenated or dotted word is several), and each term, negated or not, is evaluated against every
 * candidate article: 2,000 negations kept a backend busy for 9 s. So a query holds at most
 * {@code maxTerms} such words (the operator {@code or} counts as one) and at most {@code maxChars}
 * characters.
 */
public final class SearchQuery {

    private SearchQuery() {
    }

    /** The words of {@code q} as websearch_to_tsquery splits them: maximal runs of letters and digits. */
    public static int terms(String q) {
        int terms = 0;
        boolean inWord = false;
        for (int i = 0; i < q.length(); i = q.offsetByCodePoints(i, 1)) {
            boolean wordChar = Character.isLetterOrDigit(q.codePointAt(i));
            if (wordChar && !inWord) {
                terms++;
            }
            inWord = wordChar;
        }
        return terms;
    }

    /** @throws ProblemException 400 {@code invalid-query} naming the limit the query is over */
    public static String check(String q, int maxTerms, int maxChars) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("invalid-query", "q is required: the words to search for");
        }
        int terms = terms(q);
        if (terms > maxTerms) {
            throw ProblemException.badRequest("invalid-query",
                    "q has " + terms + " terms (words, negated words and 'or'); a search takes at most " + maxTerms);
        }
        if (q.length() > maxChars) {
            throw ProblemException.badRequest("invalid-query",
                    "q has " + q.length() + " characters; a search takes at most " + maxChars);
        }
        return q;
    }
}
