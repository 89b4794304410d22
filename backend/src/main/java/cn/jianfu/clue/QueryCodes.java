package cn.jianfu.clue;

import java.security.SecureRandom;
import java.util.Locale;

/** The reporter's query code: 20 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
final class QueryCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the reporter typed, without spaces or dashes, upper case; null when it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0) ? code : null;
    }
}
