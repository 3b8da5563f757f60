package dev.newsgraph.entity.analysis;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletionException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsgraph.commons.json.JsonBody;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.BodyText;
import dev.newsgraph.entity.api.RequestLimits;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.Recognition;

/**
 * Recognition on demand, for integrations and quality measurements: stores nothing. Editors only (it
 * costs CPU), on threads of its own ({@link AnalyzeExecutor}), never the feed's.
 */
@Path("/analyze")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("editor")
public class AnalyzeResource {

    @Inject
    AnalyzeExecutor executor;

    @Inject
    AnalysisConfig config;

    @Inject
    JsonBody json;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public AnalyzeResponse analyzeText(InputStream body, HttpHeaders headers) {
        // read here, under our own limit: a body the framework refuses past the HTTP limit gets an empty 413
        return analyze(BodyText.readRequest(body, headers, RequestLimits.MAX_JSON_BYTES));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AnalyzeResponse analyzeJson(InputStream body, HttpHeaders headers) throws JsonProcessingException {
        return analyze(json.read(body, headers, RequestLimits.MAX_JSON_BYTES, AnalyzeRequest.class).text());
    }

    private AnalyzeResponse analyze(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("empty-text", "There is no text to analyse");
        }
        if (text.length() > config.maxTextChars()) {
            throw ProblemException.payloadTooLarge("The text has " + text.length() + " characters; at most "
                    + config.maxTextChars() + " can be analysed in one request");
        }
        try {
            // the request's worker thread waits; the bounded pool decides how much runs at once
            return response(executor.recognize(text).join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
