package dev.newsgraph.systemtests.resilience;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Articles of realistic length (about 300-450 words in six to eight paragraphs) with varied text:
 * each one draws its people, organisations, places, topic and sentences from its own seeded random
 * source, so the recogniser does real work on every article and a run is reproducible. Article
 * {@code i} always reads the same and differs from every other (it quotes its own case number), so
 * none is a duplicate of another.
 */
final class NewsArticles {

    private static final String[] PEOPLE = { "Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Pedro Sanchez",
            "Mark Rutte", "Ursula von der Leyen", "Viktor Orban", "Donald Tusk", "Keir Starmer", "Antonio Guterres",
            "Christine Lagarde", "Jerome Powell", "Janet Yellen", "Narendra Modi", "Luiz Inacio Lula da Silva",
            "Cyril Ramaphosa", "Fumio Kishida", "Anthony Albanese", "Justin Trudeau", "Recep Tayyip Erdogan",
            "Volodymyr Zelensky", "Vladimir Putin", "Xi Jinping", "Kim Jong Un", "Jens Stoltenberg", "Tedros Adhanom",
            "Kristalina Georgieva", "Satya Nadella", "Tim Cook", "Mary Barra", "Elon Musk", "Sundar Pichai",
            "Angela Merkel", "Jacinda Ardern", "Ngozi Okonjo-Iweala", "Roberta Metsola", "Charles Michel",
            "Annalena Baerbock", "Robert Habeck", "Rishi Sunak", "Boris Johnson", "Mette Frederiksen",
            "Sanna Marin", "Alexander De Croo", "Andrzej Duda", "Petr Fiala", "Klaus Iohannis", "Kaja Kallas" };
    private static final String[] ORGANISATIONS = { "European Commission", "World Health Organization",
            "International Monetary Fund", "World Bank", "United Nations", "NATO", "European Central Bank",
            "Federal Reserve", "Siemens", "Volkswagen", "Deutsche Bank", "Toyota", "Microsoft", "Apple", "Google",
            "General Motors", "Airbus", "Boeing", "Red Cross", "Amnesty International", "Greenpeace",
            "World Trade Organization", "European Parliament", "Bundesbank", "Shell", "BP", "Nestle", "Unilever",
            "Reuters", "Associated Press" };
    private static final String[] PLACES = { "Berlin", "Paris", "Madrid", "Warsaw", "Brussels", "Vienna", "Lisbon",
            "Prague", "Rome", "Amsterdam", "Copenhagen", "Stockholm", "Helsinki", "Oslo", "Dublin", "Athens",
            "Budapest", "Bucharest", "Geneva", "Washington", "New York", "Tokyo", "Beijing", "New Delhi", "Brasilia",
            "Pretoria", "Canberra", "Ottawa", "Ankara", "Kyiv", "Moscow", "Nairobi", "Lagos", "Cairo", "Jakarta",
            "Seoul", "Mexico City", "Buenos Aires", "Germany", "France", "Italy", "Spain", "Poland", "Japan",
            "Brazil", "India", "Canada", "Australia" };
    private static final String[] TOPICS = { "trade talks", "climate summit", "energy prices", "election campaign",
            "merger plan", "vaccine trial", "port strike", "flood recovery", "budget dispute", "chip shortage",
            "wheat exports", "pension reform", "rail strike", "interest rates", "migration pact", "data privacy rules" };
    private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static final String[] SOURCES = { "Resilience Wire", "Continental Desk", "Morning Ledger", "Evening Post" };

    private static final String[] HEADLINES = {
            "%1$s and %2$s clash over %5$s in %4$s",
            "%3$s warns of delays as %5$s drag on",
            "%4$s braces for more %5$s after %1$s speech",
            "%2$s backs %3$s proposal on %5$s",
            "Talks in %4$s end without deal on %5$s" };
    // %1$s, %2$s people; %3$s organisation; %4$s place; %5$s topic; %6$s surname of %1$s; %7$s day; %8$d a figure
    private static final String[] SENTENCES = {
            "%1$s met %2$s in %4$s on %7$s to discuss the %5$s.",
            "Officials at the %3$s said the %5$s had reached a critical stage.",
            "%6$s told reporters that no agreement was expected before the end of the month.",
            "According to the %3$s, at least %8$d people were affected in %4$s alone.",
            "Critics in %4$s accused %1$s of moving too slowly on the %5$s.",
            "A spokesman for %2$s declined to comment on the details.",
            "The %3$s will publish its own assessment of the %5$s next week.",
            "Analysts said the outcome in %4$s would shape the debate for years.",
            "%6$s later travelled to %4$s, where protesters had gathered outside the ministry.",
            "%2$s said the %3$s had been consulted at every step.",
            "Markets in %4$s fell by %8$d points after the announcement on %7$s.",
            "In a statement, the %3$s urged all sides to return to the table.",
            "%1$s is expected to raise the %5$s with %2$s again at the next meeting in %4$s.",
            "The dispute has already cost about %8$d million euros, according to estimates cited by %6$s.",
            "Diplomats said privately that %2$s had little room to manoeuvre.",
            "Residents of %4$s said they had heard little from the %3$s since %7$s." };

    private NewsArticles() {
    }

    /** Article {@code i} as the article service's JSON {@code ArticleInput}. */
    static String json(int i) {
        Random random = new Random(7919L * i + 17);
        String person = pick(random, PEOPLE);
        String other = pickOther(random, PEOPLE, person);
        String organisation = pick(random, ORGANISATIONS);
        String place = pick(random, PLACES);
        Object[] slots = { person, other, organisation, place, pick(random, TOPICS),
                person.substring(person.lastIndexOf(' ') + 1), pick(random, DAYS), 0 };
        String headline = pick(random, HEADLINES).formatted(slots);
        List<String> paragraphs = new ArrayList<>();
        int count = 6 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            paragraphs.add(IntStream.range(0, 3 + random.nextInt(2)).mapToObj(s -> {
                slots[7] = 10 + random.nextInt(9000);
                return pick(random, SENTENCES).formatted(slots);
            }).collect(Collectors.joining(" ")));
        }
        // its own case number makes every article's text unique, so the content-hash dedupe keeps them all
        paragraphs.add("This report is number %d in the series; %s contributed reporting from %s.".formatted(
                i + 1, pick(random, PEOPLE), pick(random, PLACES)));
        Instant published = Instant.parse("2024-01-01T06:00:00Z").plus(i * 37L, ChronoUnit.MINUTES);
        return """
                {"headline":%s,"source":%s,"publishedAt":"%s","sections":[{"paragraphs":[%s]}]}"""
                .formatted(quote(headline), quote(SOURCES[i % SOURCES.length]), published,
                        paragraphs.stream().map(NewsArticles::quote).collect(Collectors.joining(",")));
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) as one JSON array, a batch request body. */
    static String jsonArray(int from, int to) {
        return IntStream.range(from, to).mapToObj(NewsArticles::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pickOther(Random random, String[] values, String not) {
        String value = pick(random, values);
        return value.equals(not) ? pickOther(random, values, not) : value;
    }

    private static String quote(String text) {
        // the generated texts hold no quote, backslash or control character
        return '"' + text + '"';
    }
}
