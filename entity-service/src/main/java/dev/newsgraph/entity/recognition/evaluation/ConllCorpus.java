package dev.newsgraph.entity.recognition.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * Reads CoNLL-format NER files: one token per line with its tag in the last column, blank lines between
 * sentences, {@code -DOCSTART-} lines between documents. Tags may follow IOB1, BIO (IOB2) or BIOES; one
 * decoder serves all three (as conlleval does): a name starts at a B- or S- tag or where the type changes,
 * and ends after an E- or S- tag or where the next token does not continue it.
 */
public final class ConllCorpus {

    /** The line that opens each document. */
    static final String DOCUMENT_START = "-DOCSTART-";

    private ConllCorpus() {
    }

    public static List<ConllDocument> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<ConllDocument> read(BufferedReader reader) throws IOException {
        List<ConllDocument> documents = new ArrayList<>();
        DocumentBuilder current = new DocumentBuilder();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                current.endSentence();
            } else if (trimmed.startsWith(DOCUMENT_START)) {
                current.build().ifPresent(documents::add);
                current = new DocumentBuilder();
            } else {
                String[] columns = trimmed.split("\\s+");
                if (columns.length < 2) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected 'token ... tag', got '" + line + "'");
                }
                current.add(columns[0], columns[columns.length - 1], lineNumber);
            }
        }
        current.build().ifPresent(documents::add);
        return documents;
    }

    private static final class DocumentBuilder {
        private final List<String> tokens = new ArrayList<>();
        private final List<Integer> sentenceStarts = new ArrayList<>();
        private final List<TokenSpan> gold = new ArrayList<>();
        private boolean inSentence;
        private int chunkStart = -1;
        private EntityType chunkType;

        void add(String token, String tag, int lineNumber) {
            if (!inSentence) {
                sentenceStarts.add(tokens.size());
                inSentence = true;
            }
            EntityType type = null;
            char prefix = 'O';
            if (!tag.equals("O")) {
                type = tag.length() > 2 && tag.charAt(1) == '-' ? EntityType.fromLabel(tag.substring(2)) : null;
                prefix = tag.charAt(0);
                if (type == null || "BIES".indexOf(prefix) < 0) {
                    throw new IllegalArgumentException("line " + lineNumber + ": unknown tag '" + tag + "'");
                }
            }
            if (type == null || prefix == 'B' || prefix == 'S' || type != chunkType) {
                closeChunk();
            }
            int index = tokens.size();
            tokens.add(token);
            if (type == null) {
                return;
            }
            if (chunkStart < 0) {
                chunkStart = index;
                chunkType = type;
            }
            if (prefix == 'E' || prefix == 'S') {
                closeChunk();
            }
        }

        void endSentence() {
            closeChunk();
            inSentence = false;
        }

        /** Ends the open name, if any, after the last token added. */
        private void closeChunk() {
            if (chunkStart >= 0) {
                gold.add(new TokenSpan(chunkStart, tokens.size(), chunkType));
            }
            chunkStart = -1;
            chunkType = null;
        }

        Optional<ConllDocument> build() {
            endSentence();
            if (tokens.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ConllDocument(List.copyOf(tokens), List.copyOf(sentenceStarts), List.copyOf(gold)));
        }
    }
}
