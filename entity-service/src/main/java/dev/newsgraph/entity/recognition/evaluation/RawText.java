package dev.newsgraph.entity.recognition.evaluation;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * A document's raw text with the character range of every corpus token, so that the character spans a
 * recogniser returns can be scored against token-level gold annotations.
 */
public record RawText(String text, int[] tokenStarts, int[] tokenEnds) {

    /**
     * Maps character spans to the corpus tokens they touch. A span covering part of a token claims the
     * whole token, as a token-level tagger would have to; a span that touches a token already claimed by
     * the previous span is dropped, since a token carries one label.
     */
    public List<TokenSpan> toTokenSpans(List<CharSpan> spans) {
        List<TokenSpan> result = new ArrayList<>();
        int claimedUpTo = 0;
        for (CharSpan span : spans) {
            int first = firstTokenEndingAfter(span.start());
            int last = first;
            while (last < tokenStarts.length && tokenStarts[last] < span.end()) {
                last++;
            }
            if (first >= last || first < claimedUpTo) {
                continue;
            }
            result.add(new TokenSpan(first, last, span.type()));
            claimedUpTo = last;
        }
        return result;
    }

    private int firstTokenEndingAfter(int offset) {
        int low = 0;
        int high = tokenEnds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokenEnds[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A character range of the text with a type, as a recogniser reports a mention. */
    public record CharSpan(int start, int end, EntityType type) {
    }
}
