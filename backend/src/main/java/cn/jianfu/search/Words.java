package cn.jianfu.search;

import java.util.Set;

/**
 * A text's words as the index reads it, and what they reach (the words and their synonyms):
 * analysed once, compared with many others by {@link #similarity(Words)}.
 */
public record Words(Set<String> words, Set<String> reach) {

    public Words {
        words = Set.copyOf(words);
        reach = Set.copyOf(reach);
    }

    /**
     * How alike two texts are, from 0 to 1: the share of the words of both that the other reaches, a
     * synonym counting as the same word; word order does not matter.
     */
    public double similarity(Words other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        long inOther = words.stream().filter(other.reach::contains).count();
        long inThis = other.words.stream().filter(reach::contains).count();
        return (double) (inThis + inOther) / (words.size() + other.words.size());
    }
}
