package dev.newsgraph.entity.resolution;

/**
 * Decides whether two names are close misspellings of each other: Damerau-Levenshtein distance
 * (optimal string alignment: insertions, deletions, substitutions, adjacent transpositions) of at
 * most 1 for names of 8 characters or more, at most 2 from 12. Short names are never fuzzy-matched:
 * "Kim" and "Kin" are different people.
 */
public final class NameDistance {

    private NameDistance() {
    }

    public static boolean isCloseMisspelling(String key, String other) {
        int shorter = Math.min(key.length(), other.length());
        int allowed = shorter >= 12 ? 2 : shorter >= 8 ? 1 : 0;
        if (allowed == 0 || key.equals(other) || Math.abs(key.length() - other.length()) > allowed) {
            return false;
        }
        return damerauLevenshtein(key, other) <= allowed;
    }

    public static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
