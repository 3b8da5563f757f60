package dev.newsgraph.entity.recognition.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.SharedRecognizer;

/**
 * Guards recognition quality: a small news corpus written for this test (wire-style politics, business and
 * sports, with a headline in capitals and a Title Case heading), annotated the CoNLL way, goes through the
 * evaluation exactly as the development set does. The floor sits below what the recogniser scores here so
 * that only a real regression fails it.
 */
class RecognitionQualityFloorTest {

    private static final double OVERALL_FLOOR = 0.88;
    private static final double TYPE_FLOOR = 0.80;

    private static final String CORPUS = """
            [MISC CANADIAN] PREMIER CALLS SNAP ELECTION
            [LOC OTTAWA] 2026-04-11
            [MISC Canadian] Prime Minister [PER Margaret Ellison] called an early election on Saturday , saying voters should judge her government 's trade deal with the [ORG European Union] .
            [PER Ellison] told reporters in [LOC Ottawa] that the vote would be held on June 2 .
            The opposition [ORG Conservative Party] leader , [PER Daniel Fournier] , said he welcomed the decision .
            " We are ready , " [PER Fournier] said in [LOC Montreal] .
            Polls published by [ORG Angus Research] last week put the two parties level at 34 percent each .
            Trade Deal Under Fire
            The agreement , signed in [LOC Brussels] in March , cuts tariffs on [MISC Canadian] wheat and [MISC European] cars .
            Farmers in [LOC Saskatchewan] and [LOC Alberta] have protested against quotas they say favour [MISC French] and [MISC German] producers .
            [PER Ellison] said the deal would create 40,000 jobs .
            ---
            [ORG NORDVIK] SHARES JUMP AFTER [ORG HELIOS] BID
            [LOC STOCKHOLM] 2026-04-11
            Shares in [MISC Swedish] shipping group [ORG Nordvik AB] rose 18 percent on Friday after [MISC Danish] rival [ORG Helios Lines] offered 4.1 billion crowns for the company .
            [ORG Helios] chief executive [PER Lars Munk] said the combined group would run 120 vessels from [LOC Gothenburg] and [LOC Aarhus] .
            [ORG Nordvik] said its board would study the offer .
            Analysts at [ORG Carnegie Bank] said [ORG Helios] might have to raise its bid .
            " It is a fair start , but not a final price , " said [PER Eva Lindqvist] , a transport analyst in [LOC Stockholm] .
            The [ORG Swedish Competition Authority] is expected to review the deal .
            [PER Munk] told the [MISC Danish] newspaper [ORG Borsen] that he expected approval by the end of the year .
            ---
            SOCCER - [ORG ATLETICO] BEAT [ORG VALENCIA] TO GO TOP
            [LOC MADRID] 2026-04-11
            [ORG Atletico Madrid] went top of the [MISC Spanish] first division on Saturday with a 2-0 win over [ORG Valencia] .
            [MISC Argentine] striker [PER Julian Ortega] scored twice in the second half at the [LOC Metropolitano] .
            [ORG Valencia] coach [PER Ruben Castro] said his team had lacked energy after their [MISC Europa League] match in [LOC Turin] on Thursday .
            [PER Ortega] has now scored 19 league goals this season .
            [ORG Real Madrid] , who play [ORG Sevilla] on Sunday , are one point behind .
            Result :
            [ORG Atletico Madrid] 2 ( [PER Ortega] 55 , 71 ) [ORG Valencia] 0
            Attendance : 61,200
            ---
            [MISC NORTH KOREAN] LEADER TO VISIT [LOC BEIJING]
            [LOC SEOUL] 2026-04-12
            [MISC North Korean] leader [PER Kim Jong Un] will travel to [LOC Beijing] next week for talks with [MISC Chinese] President [PER Xi Jinping] , the [ORG Korean Central News Agency] said on Sunday .
            [PER Kim] last visited [LOC China] in 2019 .
            [MISC South Korean] officials said they expected the two leaders to discuss sanctions imposed by the [ORG United Nations] .
            A spokesman for the [ORG Foreign Ministry] in [LOC Seoul] declined to comment .
            [PER Xi] and [PER Kim] are also likely to discuss trade across the [LOC Yalu River] , analysts said .
            ---
            Flood Warning for River Towns
            [LOC LYON] , [LOC France] 2026-04-12
            The [MISC French] weather service [ORG Meteo-France] issued a flood warning on Sunday for towns along the [LOC Rhone] and [LOC Saone] rivers .
            Heavy rain in the [LOC Alps] raised the level of the [LOC Rhone] by two metres in 24 hours , the agency said .
            Mayor [PER Claire Dubois] told [ORG France Info] radio that schools in [LOC Lyon] would close on Monday .
            [PER Dubois] said emergency teams from [LOC Grenoble] and [LOC Valence] had been sent to help .
            The [ORG Red Cross] opened shelters for about 800 people .
            Rail operator [ORG SNCF] cancelled trains between [LOC Lyon] and [LOC Marseille] .
            Interior Minister [PER Paul Moreau] will visit the region on Tuesday , his office said .
            """;

    @Test
    void scoresAboveTheFloorOnAnExcerptWrittenForThisTest() throws IOException {
        List<ConllDocument> documents = ConllCorpus.read(new BufferedReader(new StringReader(AnnotatedExcerpt.toConll(CORPUS, "BIOES"))));
        NerEvaluation.Result result = NerEvaluation.run(documents, RecognizerUnderTest.inProcess(SharedRecognizer.news()), 2);
        ScoreBoard scores = result.scores();

        String report = describe(scores);
        assertTrue(scores.overall().gold() >= 90, report);
        assertTrue(scores.overall().f1() >= OVERALL_FLOOR, report);
        for (EntityType type : EntityType.values()) {
            assertTrue(scores.score(type).f1() >= TYPE_FLOOR, type + ": " + report);
        }
    }

    private static String describe(ScoreBoard scores) {
        StringBuilder text = new StringBuilder("overall F1 " + scores.overall().f1());
        for (EntityType type : EntityType.values()) {
            text.append(", ").append(type).append(' ').append(scores.score(type).f1());
        }
        for (ScoreBoard.ErrorKind error : scores.topErrors(10)) {
            text.append("\n  ").append(error.count()).append(' ').append(error.kind()).append(' ').append(error.examples());
        }
        return text.toString();
    }
}
