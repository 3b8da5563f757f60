package dev.newsgraph.entity.resolution;

/**
 * How central an entity is to one article, 0..1: half from how often it is mentioned relative to the
 * article's most mentioned entity, three tenths from how early it first appears, one fifth from
 * whether the headline names it.
 */
public final class SalienceScorer {

    static final double FREQUENCY_WEIGHT = 0.5;
    static final double POSITION_WEIGHT = 0.3;
    static final double HEADLINE_WEIGHT = 0.2;

    private SalienceScorer() {
    }

    /**
     * @param mentions          mentions of this entity in the article (at least 1)
     * @param mostMentions      mentions of the article's most mentioned entity
     * @param firstOffset       offset of this entity's first mention in the text
     * @param textLength        length of the article's text
     * @param inHeadline        whether the headline mentions the entity
     */
    public static double score(int mentions, int mostMentions, int firstOffset, int textLength, boolean inHeadline) {
        double frequency = mostMentions <= 0 ? 0 : Math.min(1.0, (double) mentions / mostMentions);
        double position = textLength <= 0 ? 0 : 1.0 - Math.min(1.0, Math.max(0, firstOffset) / (double) textLength);
        double score = FREQUENCY_WEIGHT * frequency + POSITION_WEIGHT * position + (inHeadline ? HEADLINE_WEIGHT : 0);
        return Math.round(Math.min(1.0, Math.max(0.0, score)) * 1000) / 1000.0;
    }
}
