package dev.newsgraph.gateway.stubs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory newsroom both service stubs serve: {@value #ARTICLES} articles published an hour apart
 * and {@value #ENTITIES} entities; article {@code i} mentions entities {@code i % 8} and
 * {@code (i + 3) % 8}, so every entity appears in 15 articles and entities 0 and 3 appear together in
 * the articles {@code i ≡ 0 (mod 8)}.
 */
public final class Newsroom {

    public static final int ARTICLES = 60;
    public static final int ENTITIES = 8;
    public static final Instant FIRST_PUBLISHED = Instant.parse("2024-09-01T00:00:00Z");

    static final String[] NAMES = {"Vladimir Putin", "Reuters", "Kyiv", "Olympics", "Angela Merkel", "United Nations", "Berlin", "Euro Cup"};
    static final String[] TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

    /** Stub article state, serialised as the article service's Article. */
    public static final class StoredArticle {
        public String id;
        public String url;
        public String headline;
        public String standfirst;
        public List<String> authors;
        public String source;
        public String language;
        public Instant publishedAt;
        public Instant ingestedAt;
        public Instant updatedAt;
        public int version = 1;
        public List<String> tags;
        public List<Map<String, Object>> sections;
        public String text;
        public int wordCount;
        public String contentHash;
    }

    /** Stub entity state, serialised as the entity service's Entity (counts filled in on the way out). */
    public static final class StoredEntity {
        public String id;
        public String name;
        public String type;
        public List<String> aliases = new ArrayList<>();
        public String description;
        public Map<String, String> externalIds = new LinkedHashMap<>();
        public List<String> mergedIds = new ArrayList<>();
    }

    public final List<StoredArticle> articles = new CopyOnWriteArrayList<>();
    public final List<StoredEntity> entities = new CopyOnWriteArrayList<>();

    public static String articleId(int i) {
        return new UUID(0xA47L, i).toString();
    }

    public static String entityId(int j) {
        return new UUID(0xE47L, j).toString();
    }

    public static String headline(int i) {
        return "Story number " + i;
    }

    public Newsroom() {
        seed();
    }

    /** Back to the initial newsroom, undoing what tests ingested, edited or deleted. */
    public synchronized void reset() {
        articles.clear();
        entities.clear();
        seed();
    }

    private void seed() {
        for (int j = 0; j < ENTITIES; j++) {
            StoredEntity e = new StoredEntity();
            e.id = entityId(j);
            e.name = NAMES[j];
            e.type = TYPES[j % TYPES.length];
            e.aliases.add(NAMES[j]);
            if (j == 0) {
                e.aliases.add("Putin");
                e.externalIds.put("wikidata", "Q7747");
            }
            entities.add(e);
        }
        for (int i = 0; i < ARTICLES; i++) {
            StoredArticle a = new StoredArticle();
            a.id = articleId(i);
            a.url = "https://news.example/" + i;
            a.headline = headline(i);
            a.authors = List.of("Reporter " + (i % 4));
            a.source = i % 2 == 0 ? "Reuters" : "AP";
            a.language = i % 10 == 9 ? "de" : "en";
            a.publishedAt = FIRST_PUBLISHED.plusSeconds(3600L * i);
            a.ingestedAt = a.publishedAt.plusSeconds(60);
            a.updatedAt = a.ingestedAt;
            a.tags = i % 3 == 0 ? List.of("politics") : List.of("sport");
            String paragraph = "A report about " + NAMES[i % 8] + " and " + NAMES[(i + 3) % 8] + (i % 5 == 0 ? " on the election." : ".");
            a.sections = List.of(Map.of("paragraphs", List.of(paragraph)));
            a.text = a.headline + "\n\n" + paragraph;
            a.wordCount = a.text.split("\\s+").length;
            a.contentHash = Integer.toHexString(a.text.hashCode());
            articles.add(a);
        }
    }

    /** Indexes (into {@link #entities}) of the entities an article mentions; none for articles added later. */
    public List<Integer> entitiesOf(String articleId) {
        for (int i = 0; i < ARTICLES; i++) {
            if (articleId(i).equals(articleId)) {
                return List.of(i % 8, (i + 3) % 8);
            }
        }
        return List.of();
    }

    public StoredArticle article(String id) {
        return articles.stream().filter(a -> a.id.equals(id)).findFirst().orElse(null);
    }

    /** The entity of this id, or the one it was merged into. */
    public StoredEntity entity(String id) {
        return entities.stream().filter(e -> e.id.equals(id) || e.mergedIds.contains(id)).findFirst().orElse(null);
    }

    /** Articles newest first (published, else ingested, descending; then id). */
    public List<StoredArticle> newestFirst() {
        List<StoredArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((StoredArticle a) -> a.publishedAt != null ? a.publishedAt : a.ingestedAt).reversed()
                .thenComparing(a -> a.id));
        return sorted;
    }

    /** Articles mentioning the entity at this index, newest first. */
    public List<StoredArticle> articlesMentioning(List<Integer> entityIndexes) {
        return newestFirst().stream().filter(a -> entitiesOf(a.id).containsAll(entityIndexes)).toList();
    }

    public int indexOf(StoredEntity entity) {
        for (int j = 0; j < ENTITIES; j++) {
            if (entityId(j).equals(entity.id)) {
                return j;
            }
        }
        return -1;
    }
}
