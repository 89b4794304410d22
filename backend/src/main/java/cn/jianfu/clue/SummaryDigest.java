package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a published typical case to the text the office confirmed in the preview: the preview
 * answers the SHA-256 of the text as it will be stored, and publishing carries it back, so the
 * text published is exactly the text previewed.
 */
final class SummaryDigest {

    static final String MISSING = "请先预览通报内容，确认无误后再发布";
    static final String CHANGED = "通报内容与预览确认的不一致，请重新预览并确认";

    private SummaryDigest() {}

    /** The lowercase hex SHA-256 of the text's UTF-8 bytes. */
    static String of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Refuses, on the field {@code summary}, a confirmation that is missing or was given for another text. */
    static void requireConfirmed(String text, String confirmed) {
        if (confirmed == null || confirmed.isBlank()) {
            throw ApiException.invalid(Map.of("summary", MISSING));
        }
        byte[] expected = of(text).getBytes(StandardCharsets.US_ASCII);
        byte[] given = confirmed.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw ApiException.invalid(Map.of("summary", CHANGED));
        }
    }
}
