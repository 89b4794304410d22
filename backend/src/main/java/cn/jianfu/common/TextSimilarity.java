package cn.jianfu.common;

import java.util.HashSet;
import java.util.Set;

/** Jaccard similarity of character bigrams, ignoring spaces and punctuation: good enough for Chinese short texts. */
public final class TextSimilarity {

    private TextSimilarity() {}

    public static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static Set<String> bigrams(String s) {
        String t = s == null ? "" : s.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s（）《》、，。！？；：“”]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }
}
