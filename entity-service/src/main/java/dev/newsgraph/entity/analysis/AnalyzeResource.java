package dev.newsgraph.entity.analysis;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.Recognition;
import io.smallrye.mutiny.Uni;

/** Recognition on demand, for integrations and quality measurements: stores nothing. */
@Path("/analyze")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    @Inject
    AnalysisExecutor executor;

    @Inject
    AnalysisConfig config;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Uni<AnalyzeResponse> analyzeText(String text) {
        return analyze(text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AnalyzeResponse> analyzeJson(AnalyzeRequest request) {
        return analyze(request == null ? null : request.text());
    }

    private Uni<AnalyzeResponse> analyze(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("empty-text", "There is no text to analyse");
        }
        if (text.length() > config.maxTextChars()) {
            throw ProblemException.payloadTooLarge("The text has " + text.length() + " characters; at most "
                    + config.maxTextChars() + " can be analysed in one request");
        }
        return Uni.createFrom().completionStage(executor.recognize(text)).map(this::response);
    }

    private AnalyzeResponse response(Recognition recognition) {
        return new AnalyzeResponse(recognition.mentions().stream()
                .map(m -> new AnalyzeResponse.Mention(m.text(), m.start(), m.end(), m.type(), m.confidence()))
                .toList(), recognition.tokens(), executor.recognizerVersion());
    }

    public record AnalyzeRequest(String text) {
    }

    public record AnalyzeResponse(List<Mention> mentions, int tokens, String recognizer) {

        public record Mention(String text, int start, int end, EntityType type, double confidence) {
        }
    }
}
