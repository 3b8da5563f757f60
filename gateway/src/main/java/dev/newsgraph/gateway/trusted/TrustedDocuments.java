package dev.newsgraph.gateway.trusted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The operations registered for trusted documents mode, by the SHA-256 (hex) of their text. */
public final class TrustedDocuments {

    private final Map<String, String> byHash;

    private TrustedDocuments(Map<String, String> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public static TrustedDocuments none() {
        return new TrustedDocuments(Map.of());
    }

    /** Reads an Apollo persisted query manifest. */
    public static TrustedDocuments fromManifest(Path manifest) {
        try {
            JsonObject json = new JsonObject(Files.readString(manifest, StandardCharsets.UTF_8));
            JsonArray operations = json.getJsonArray("operations", new JsonArray());
            Map<String, String> byHash = new HashMap<>();
            for (int i = 0; i < operations.size(); i++) {
                String body = operations.getJsonObject(i).getString("body");
                if (body == null) {
                    throw new IllegalArgumentException("operation " + i + " of " + manifest + " has no body");
                }
                byHash.put(sha256(body), body);
            }
            return new TrustedDocuments(byHash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trusted documents manifest " + manifest, e);
        }
    }

    public Optional<String> document(String sha256Hash) {
        return Optional.ofNullable(sha256Hash == null ? null : byHash.get(sha256Hash.toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return byHash.size();
    }

    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
