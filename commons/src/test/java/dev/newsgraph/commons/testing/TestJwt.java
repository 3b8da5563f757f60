package dev.newsgraph.commons.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * Generates an RS256 key pair for a test run (nothing is committed), configures the service to trust
 * it, and mints tokens: valid, expired, of the wrong role, or signed by a key nobody trusts.
 */
public class TestJwt implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://newsgraph.test";
    public static final String EDITOR = "editor";

    private static KeyPair trusted;
    private static final KeyPair STRANGER = generate();

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (trusted == null) {
                trusted = generate();
            }
            Path dir = Files.createTempDirectory("newsgraph-test-jwt");
            Path publicKey = dir.resolve("public.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", trusted.getPublic().getEncoded()));
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the test public key", e);
        }
    }

    @Override
    public void stop() {
        // keys live in memory and a temp dir; nothing to release
    }

    /** A token of the editor role, valid for an hour. */
    public static String editor() {
        return token(Set.of(EDITOR), Instant.now().plus(Duration.ofHours(1)), trusted.getPrivate());
    }

    /** A valid token without the editor role. */
    public static String reader() {
        return token(Set.of("reader"), Instant.now().plus(Duration.ofHours(1)), trusted.getPrivate());
    }

    public static String expiredEditor() {
        return token(Set.of(EDITOR), Instant.now().minus(Duration.ofHours(1)), trusted.getPrivate());
    }

    public static String editorSignedByStranger() {
        return token(Set.of(EDITOR), Instant.now().plus(Duration.ofHours(1)), STRANGER.getPrivate());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String token(Set<String> groups, Instant expiresAt, PrivateKey key) {
        if (key == null) {
            throw new IllegalStateException("TestJwt has not been started: add it with @WithTestResource");
        }
        return Jwt.issuer(ISSUER)
                .upn("test-editor@newsgraph.test")
                .groups(groups)
                .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt)
                .sign(key);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
