package dev.newsgraph.commons.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;

/**
 * Reads a request body as text, refusing rather than repairing: a body over the size limit is a 413
 * (counted while reading, so a missing or false Content-Length does not matter), and bytes that are
 * not valid in the declared charset (UTF-8 when none is declared) are a 400 instead of being silently
 * replaced by U+FFFD.
 */
public final class BodyText {

    private BodyText() {
    }

    /** The body in the charset its Content-Type declares (UTF-8 when none is). */
    public static String readRequest(InputStream body, HttpHeaders headers, long maxBytes) {
        MediaType type = headers.getMediaType();
        return read(body, type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER), maxBytes);
    }

    public static String read(InputStream body, String charsetName, long maxBytes) {
        byte[] bytes = readAtMost(body, maxBytes);
        Charset charset = charset(charsetName);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw ProblemException.badRequest("invalid-encoding", "The body is not valid " + charset.name()
                    + ": malformed input near byte " + firstMalformedByte(bytes, charset));
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("invalid-encoding", "The body is not valid " + charset.name());
        }
    }

    private static byte[] readAtMost(InputStream body, long maxBytes) {
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw ProblemException.payloadTooLarge("The body is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Problem.of(415, "unsupported-charset", "Unsupported media type",
                    "The charset '" + name + "' is not supported; send UTF-8"));
        }
    }

    /** Where decoding stops, for a message that lets the sender find the bad byte. */
    private static int firstMalformedByte(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }
}
