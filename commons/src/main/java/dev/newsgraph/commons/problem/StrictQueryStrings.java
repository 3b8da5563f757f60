package dev.newsgraph.commons.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose query string does not percent-decode to valid UTF-8 with a problem+json 400
 * {@code invalid-encoding} naming the parameter, as bodies are refused ({@code BodyText}). The HTTP layer
 * would otherwise replace the bad bytes with U+FFFD, and, for example, the bytes a lone surrogate would
 * have ({@code %ED%A0%80}) would quietly become another search. Installed when
 * {@code newsgraph.http.strict-query-encoding} is true (the REST services).
 */
@ApplicationScoped
public class StrictQueryStrings {

    /** Before everything else that may read the parameters (OversizedBodies runs at -3). */
    private static final int FIRST = -4;

    @ConfigProperty(name = "newsgraph.http.strict-query-encoding", defaultValue = "false")
    boolean enabled;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(FIRST).handler(this::refuseMalformed);
        }
    }

    private void refuseMalformed(RoutingContext ctx) {
        Optional<String> bad = malformedParameter(ctx.request().query());
        if (bad.isEmpty()) {
            ctx.next();
            return;
        }
        Problem problem = Problem.of(400, "invalid-encoding", "Bad request",
                "The query parameter '" + bad.get() + "' is not valid percent-encoded UTF-8").withInstance(ctx.request().path());
        try {
            ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** The name of the first parameter of {@code query} (its name, or the text before '=') whose bytes are not UTF-8. */
    public static Optional<String> malformedParameter(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!decodesToUtf8(name) || (eq >= 0 && !decodesToUtf8(pair.substring(eq + 1)))) {
                String shown = decodesToUtf8(name) ? decode(name) : "(name not UTF-8)";
                return Optional.of(shown.length() > 100 ? shown.substring(0, 100) : shown);
            }
        }
        return Optional.empty();
    }

    private static boolean decodesToUtf8(String component) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(component)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String component) {
        return new String(bytes(component), StandardCharsets.UTF_8);
    }

    /** The bytes of a percent-encoded component ('+' is a space; a '%' not followed by two hex digits is itself). */
    private static byte[] bytes(String component) {
        byte[] raw = component.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.put((byte) (hex(raw[i + 1]) * 16 + hex(raw[i + 2])));
                i += 2;
            } else {
                out.put(b == '+' ? (byte) ' ' : b);
            }
        }
        byte[] decoded = new byte[out.position()];
        out.flip().get(decoded);
        return decoded;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
