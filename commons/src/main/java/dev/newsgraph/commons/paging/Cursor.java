package dev.newsgraph.commons.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * The one opaque cursor format of Newsgraph: the keyset values of the last item of a page, versioned
 * and base64url-encoded. Clients treat it as an opaque string; services decode it back into the key.
 */
public final class Cursor {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(String... keyParts) {
        for (String part : keyParts) {
            if (part.contains(SEPARATOR)) {
                throw new IllegalArgumentException("cursor key part contains the separator");
            }
        }
        String raw = VERSION + SEPARATOR + String.join(SEPARATOR, keyParts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedParts how many key values the cursor must hold
     * @throws ProblemException 400 {@code invalid-cursor} for anything this service did not issue
     */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(raw.split(SEPARATOR, -1));
            if (parts.size() == expectedParts + 1 && VERSION.equals(parts.get(0))) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the same answer as a well-formed cursor of the wrong shape
        }
        throw ProblemException.badRequest("invalid-cursor", "The cursor is not one this service issued");
    }
}
