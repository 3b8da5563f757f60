package dev.newsgraph.article.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies an article's content regardless of layout: its plain text normalised (NFC,
 * whitespace collapsed), hashed with SHA-256, and the number of words in it. Two articles that differ
 * only in line breaks, spacing or Unicode composition have the same hash and are duplicates.
 */
public record ContentFingerprint(String contentHash, int wordCount) {

    public static ContentFingerprint of(String plainText) {
        String normalized = TextNormalizer.normalize(plainText);
        int words = normalized.isEmpty() ? 0 : normalized.split(" ").length;
        return new ContentFingerprint(sha256Hex(normalized), words);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
