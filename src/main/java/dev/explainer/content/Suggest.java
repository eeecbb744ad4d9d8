package dev.explainer.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" suggestions: the known names closest to a misspelt one. */
public final class Suggest {
    private Suggest() {}

    /** Up to three candidates within a small edit distance of {@code wrong}, closest first. */
    public static List<String> closest(String wrong, Collection<String> candidates) {
        int limit = Math.max(2, wrong.length() / 3);
        return candidates.stream()
                .filter(c -> distance(wrong.toLowerCase(), c.toLowerCase()) <= limit)
                .sorted(Comparator.comparingInt((String c) -> distance(wrong.toLowerCase(), c.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .distinct()
                .limit(3)
                .toList();
    }

    /** A hint such as "did you mean 'role'?", or the fallback when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates, String fallback) {
        List<String> c = closest(wrong, candidates);
        if (c.isEmpty()) return fallback;
        return "did you mean " + String.join(" or ", c.stream().map(s -> "'" + s + "'").toList()) + "?";
    }

    /**
     * The hint for a name nothing is close to: the nearest known names anyway, so a writer sees what
     * exists ("the closest ids are 'a', 'b' and 'c'"), or that there is none.
     */
    public static String nearestHint(String wrong, Collection<String> candidates) {
        List<String> near = candidates.stream().distinct()
                .sorted(Comparator.comparingInt((String c) -> distance(wrong.toLowerCase(), c.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).map(c -> "'" + c + "'").toList();
        if (near.isEmpty()) return "there are none yet; define one first";
        if (near.size() == 1) return "the only one is " + near.get(0);
        return "the closest are " + String.join(", ", near.subList(0, near.size() - 1)) + " and " + near.get(near.size() - 1);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
