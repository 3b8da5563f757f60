package dev.newsgraph.entity.entity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.time.InstantRange;
import dev.newsgraph.entity.entity.ArticleEntityViews.ArticleEntities;
import dev.newsgraph.entity.entity.ArticleEntityViews.ArticleEntity;
import dev.newsgraph.entity.entity.ArticleEntityViews.ArticleRelated;
import dev.newsgraph.entity.entity.ArticleEntityViews.EntityArticles;
import dev.newsgraph.entity.entity.ArticleEntityViews.EntityRelated;
import dev.newsgraph.entity.entity.ArticleEntityViews.MentionView;
import dev.newsgraph.entity.entity.ArticleEntityViews.RelatedArticle;
import dev.newsgraph.entity.entity.ArticleEntityViews.RelatedEntity;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.resolution.NameNormalizer;

/** The read side: entities, their articles, articles' entities, co-occurrence. Every batch is a fixed number of queries. */
@ApplicationScoped
@Transactional
public class EntityQueries {

    public enum NameMatch {
        PREFIX, FUZZY
    }

    public enum EntityOrder {
        MENTIONS, NAME
    }

    @Inject
    EntityManager em;

    /** The entity, or for a merged id the survivor. */
    public EntityView get(UUID id) {
        EntityView view = views(List.of(id)).get(id);
        if (view == null) {
            throw ProblemException.notFound("No entity " + id);
        }
        return view;
    }

    /** Views by requested id; a merged id maps to its survivor's view; unknown ids are absent. */
    public Map<UUID, EntityView> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<EntityRecord> rows = EntityRecord.list("id in ?1", new ArrayList<>(new LinkedHashSet<>(ids)));
        Map<UUID, UUID> survivorOf = new HashMap<>();
        Map<UUID, EntityRecord> byId = new HashMap<>();
        for (EntityRecord row : rows) {
            survivorOf.put(row.id, row.mergedInto == null ? row.id : row.mergedInto);
            byId.put(row.id, row);
        }
        Set<UUID> missingSurvivors = new TreeSet<>(survivorOf.values());
        missingSurvivors.removeAll(byId.keySet());
        if (!missingSurvivors.isEmpty()) {
            List<EntityRecord> survivors = EntityRecord.list("id in ?1", new ArrayList<>(missingSurvivors));
            survivors.forEach(s -> byId.put(s.id, s));
        }
        Set<UUID> survivorIds = new TreeSet<>(survivorOf.values());
        Map<UUID, List<String>> aliases = new HashMap<>();
        Map<UUID, List<UUID>> mergedIds = new HashMap<>();
        sql(c -> {
            Array array = uuids(c, survivorIds);
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT DISTINCT entity_id, text FROM entity_alias
                    WHERE entity_id = ANY(?) AND origin <> 'BLOCKED' ORDER BY entity_id, text""")) {
                st.setArray(1, array);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        aliases.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT merged_into, id FROM entity WHERE merged_into = ANY(?) ORDER BY merged_into, id")) {
                st.setArray(1, array);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        mergedIds.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                    }
                }
            }
            return null;
        });
        Map<UUID, EntityView> views = new HashMap<>();
        for (Map.Entry<UUID, UUID> e : survivorOf.entrySet()) {
            EntityRecord s = byId.get(e.getValue());
            if (s != null) {
                views.put(e.getKey(), new EntityView(s.id, s.name, s.type, aliases.getOrDefault(s.id, List.of()),
                        s.description, s.externalIds == null ? Map.of() : Map.copyOf(s.externalIds), s.mentionCount,
                        s.articleCount, s.firstSeen, s.lastSeen, mergedIds.getOrDefault(s.id, List.of())));
            }
        }
        return views;
    }

    /**
     * Entities that some article mentions now: one the recogniser no longer finds (after a re-analysis,
     * an update or a delete) leaves the list, yet still answers by id, so links to it keep working.
     */
    public Page<EntityView> list(EntityType type, String name, NameMatch match, EntityOrder order, KeysetRead read) {
        StringBuilder where = new StringBuilder("e.merged_into IS NULL AND e.mention_count > 0");
        List<Object> args = new ArrayList<>();
        if (type != null) {
            where.append(" AND e.type = ?");
            args.add(type.name());
        }
        if (name != null) {
            String key = NameNormalizer.key(name);
            if (key.isEmpty()) {
                throw ProblemException.badRequest("invalid-name", "'name' needs at least one letter or digit");
            }
            if (match == NameMatch.FUZZY) {
                where.append(" AND EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND a.origin <> 'BLOCKED'"
                        + " AND (a.alias_key % ? OR ? <% a.alias_key))");
                args.add(key);
                args.add(key);
            } else {
                where.append(" AND EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND a.origin <> 'BLOCKED'"
                        + " AND a.alias_key LIKE ?)");
                args.add(key + "%");
            }
        }
        String filter = where.toString();
        List<Object> filterArgs = List.copyOf(args);
        // list order, and the comparison that keeps the rows after the key in it (before it, key included, backward)
        String orderBy;
        if (order == EntityOrder.NAME) {
            orderBy = read.backward() ? "e.name_key DESC, e.id DESC" : "e.name_key, e.id";
            if (read.key() != null) {
                List<String> key = decode(read.key(), "N");
                where.append(read.backward() ? " AND (e.name_key < ? OR (e.name_key = ? AND e.id <= ?))"
                        : " AND (e.name_key > ? OR (e.name_key = ? AND e.id > ?))");
                args.add(key.get(0));
                args.add(key.get(0));
                args.add(uuid(key.get(1)));
            }
        } else {
            orderBy = read.backward() ? "e.mention_count, e.id DESC" : "e.mention_count DESC, e.id";
            if (read.key() != null) {
                List<String> key = decode(read.key(), "M");
                int count = integer(key.get(0));
                where.append(read.backward() ? " AND (e.mention_count > ? OR (e.mention_count = ? AND e.id <= ?))"
                        : " AND (e.mention_count < ? OR (e.mention_count = ? AND e.id > ?))");
                args.add(count);
                args.add(count);
                args.add(uuid(key.get(1)));
            }
        }
        args.add(read.limit() + 1);
        String pageSql = "SELECT e.id, e.mention_count, e.name_key FROM entity e WHERE " + where + " ORDER BY " + orderBy + " LIMIT ?";
        List<Object[]> rows = sql(c -> rows(c, pageSql, args, rs -> new Object[] {
            rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3) }));
        long total = sql(c -> rows(c, "SELECT count(*) FROM entity e WHERE " + filter, filterArgs, rs -> rs.getLong(1))).get(0);
        Page<UUID> ids = read.page(rows, row -> order == EntityOrder.NAME ? Cursor.encode("N", (String) row[2], row[0].toString())
                : Cursor.encode("M", String.valueOf(row[1]), row[0].toString()), row -> (UUID) row[0], total);
        Map<UUID, EntityView> views = views(ids.items());
        return new Page<>(ids.items().stream().map(views::get).toList(), ids.nextCursor(), total, ids.previousCursor());
    }

    public Page<ArticleRef> articles(UUID entityId, KeysetRead read) {
        UUID id = get(entityId).id();
        List<Object> args = new ArrayList<>(List.of(id));
        String keyed = keyCondition(read, "sort_at", "article_id", args);
        args.add(read.limit() + 1);
        String pageSql = "SELECT article_id, published_at, mention_count, salience, sort_at"
                + " FROM article_entity WHERE entity_id = ?" + keyed + " ORDER BY " + refOrder(read, "sort_at", "article_id") + " LIMIT ?";
        List<RefRow> rows = sql(c -> rows(c, pageSql, args, EntityQueries::refRow));
        long total = sql(c -> rows(c, "SELECT count(*) FROM article_entity WHERE entity_id = ?", List.of(id), rs -> rs.getLong(1))).get(0);
        return page(read, rows, total);
    }

    /** The first page (with {@code last}: the last page) of articles of each entity, in one query. */
    public List<EntityArticles> articlesOfEntities(List<UUID> entityIds, int limit, boolean last) {
        KeysetRead read = new KeysetRead(null, null, last, limit);
        Map<UUID, EntityView> views = views(entityIds);
        Set<UUID> survivors = new TreeSet<>();
        views.values().forEach(v -> survivors.add(v.id()));
        Map<UUID, List<RefRow>> byEntity = new HashMap<>();
        Map<UUID, Long> totals = new HashMap<>();
        sql(c -> rows(c, """
                SELECT entity_id, article_id, published_at, mention_count, salience, sort_at, total FROM (
                  SELECT ae.*, row_number() OVER (PARTITION BY entity_id ORDER BY %s) AS rn,
                         count(*) OVER (PARTITION BY entity_id) AS total
                  FROM article_entity ae WHERE entity_id = ANY(?)) ranked
                WHERE rn <= ? ORDER BY entity_id, rn""".formatted(refOrder(read, "sort_at", "article_id")), List.of(survivors, limit + 1), rs -> {
            UUID entity = rs.getObject(1, UUID.class);
            byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(new RefRow(rs.getObject(2, UUID.class),
                    instantOrNull(rs.getTimestamp(3)), rs.getInt(4), rs.getDouble(5), rs.getTimestamp(6).toInstant()));
            totals.put(entity, rs.getLong(7));
            return null;
        }));
        List<EntityArticles> items = new ArrayList<>();
        for (UUID requested : entityIds) {
            EntityView view = views.get(requested);
            UUID survivor = view == null ? null : view.id();
            items.add(new EntityArticles(requested, page(read, byEntity.getOrDefault(survivor, List.of()),
                    totals.getOrDefault(survivor, 0L))));
        }
        return items;
    }

    /** Articles that mention every one of the entities, newest first. */
    public Page<ArticleRef> mentioning(List<UUID> entityIds, KeysetRead read) {
        Map<UUID, EntityView> views = views(entityIds);
        if (views.size() < new LinkedHashSet<>(entityIds).size()) {
            return read.page(List.<RefRow>of(), r -> null, r -> null, 0);
        }
        Set<UUID> survivors = new TreeSet<>();
        views.values().forEach(v -> survivors.add(v.id()));
        if (survivors.size() == 1) {
            // the entity's own list, same rows and cursors, read in index order rather than grouped first
            return articles(survivors.iterator().next(), read);
        }
        // Walk the list of the entity in fewest articles in index order and keep the articles the others
        // share, so a page costs at most that one list, never grouping every row of every entity first.
        UUID rarest = views.values().stream().min(Comparator.comparingInt(EntityView::articleCount)
                .thenComparing(EntityView::id)).orElseThrow().id();
        Set<UUID> others = new TreeSet<>(survivors);
        others.remove(rarest);
        String shared = """
                FROM article_entity a CROSS JOIN LATERAL (
                  SELECT count(*) AS n, sum(b.mention_count)::int AS mentions, min(b.salience) AS salience
                  FROM article_entity b WHERE b.article_id = a.article_id AND b.entity_id = ANY(?)) o
                WHERE a.entity_id = ? AND o.n = ?""";
        List<Object> args = new ArrayList<>(List.of(others, rarest, others.size()));
        String keyed = keyCondition(read, "a.sort_at", "a.article_id", args);
        args.add(read.limit() + 1);
        String pageSql = "SELECT a.article_id, a.published_at, a.mention_count + o.mentions, least(a.salience, o.salience), a.sort_at "
                + shared + keyed + " ORDER BY " + refOrder(read, "a.sort_at", "a.article_id") + " LIMIT ?";
        List<RefRow> rows = sql(c -> rows(c, pageSql, args, EntityQueries::refRow));
        long total = sql(c -> rows(c, "SELECT count(*) " + shared, List.of(others, rarest, others.size()), rs -> rs.getLong(1))).get(0);
        return page(read, rows, total);
    }

    /** The entities of each article, most salient first; with each one's mentions, or without them (null). */
    public List<ArticleEntities> articleEntities(List<UUID> articleIds, EntityType type, int limit, boolean withMentions) {
        Set<UUID> articles = new TreeSet<>(articleIds);
        List<Object> args = new ArrayList<>(List.of(articles));
        String typeFilter = "";
        if (type != null) {
            typeFilter = " AND e.type = ?";
            args.add(type.name());
        }
        args.add(limit);
        record Row(UUID article, UUID entity, int mentionCount, double salience) {
        }
        String rankedSql = """
                SELECT article_id, entity_id, mention_count, salience FROM (
                  SELECT ae.article_id, ae.entity_id, ae.mention_count, ae.salience,
                         row_number() OVER (PARTITION BY ae.article_id ORDER BY ae.salience DESC, ae.mention_count DESC, ae.entity_id) AS rn
                  FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
                  WHERE ae.article_id = ANY(?)""" + typeFilter + """
                ) ranked WHERE rn <= ? ORDER BY article_id, rn""";
        List<Row> rows = sql(c -> rows(c, rankedSql, args, rs -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getDouble(4))));
        Map<String, List<MentionView>> mentions = new HashMap<>();
        if (withMentions) {
            sql(c -> rows(c, """
                    SELECT article_id, entity_id, text, start_offset, end_offset, sentence, confidence
                    FROM mention WHERE article_id = ANY(?) ORDER BY article_id, start_offset""", List.of(articles), rs -> {
                mentions.computeIfAbsent(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class), k -> new ArrayList<>())
                        .add(new MentionView(rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getDouble(7)));
                return null;
            }));
        }
        Map<UUID, EntityView> views = views(rows.stream().map(Row::entity).toList());
        Map<UUID, List<ArticleEntity>> byArticle = new HashMap<>();
        for (Row row : rows) {
            List<MentionView> ofEntity = withMentions ? mentions.getOrDefault(row.article() + "/" + row.entity(), List.of()) : null;
            byArticle.computeIfAbsent(row.article(), k -> new ArrayList<>())
                    .add(new ArticleEntity(views.get(row.entity()), row.salience(), row.mentionCount(), ofEntity));
        }
        return articleIds.stream().map(a -> new ArticleEntities(a, byArticle.getOrDefault(a, List.of()))).toList();
    }

    /** For each entity, the entities that share the most articles with it (the co-occurrence table). */
    public List<EntityRelated> related(List<UUID> entityIds, int limit) {
        Map<UUID, EntityView> views = views(entityIds);
        Set<UUID> survivors = new TreeSet<>();
        views.values().forEach(v -> survivors.add(v.id()));
        record Row(UUID entity, UUID other, int articles) {
        }
        List<Row> rows = sql(c -> rows(c, """
                SELECT e.id, c.other_id, c.article_count FROM unnest(?) AS e(id)
                CROSS JOIN LATERAL (
                  SELECT other_id, article_count FROM entity_cooccurrence WHERE entity_id = e.id
                  ORDER BY article_count DESC, other_id LIMIT ?) c
                ORDER BY e.id, c.article_count DESC, c.other_id""", List.of(survivors, limit),
                rs -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3))));
        Map<UUID, EntityView> others = views(rows.stream().map(Row::other).toList());
        Map<UUID, List<RelatedEntity>> byEntity = new HashMap<>();
        rows.forEach(r -> byEntity.computeIfAbsent(r.entity(), k -> new ArrayList<>())
                .add(new RelatedEntity(others.get(r.other()), r.articles())));
        List<EntityRelated> items = new ArrayList<>();
        for (UUID requested : entityIds) {
            EntityView view = views.get(requested);
            if (view != null) {
                items.add(new EntityRelated(requested, byEntity.getOrDefault(view.id(), List.of())));
            }
        }
        return items;
    }

    /** For each article, the articles that share the most entities with it. */
    public List<ArticleRelated> relatedArticles(List<UUID> articleIds, int limit) {
        Set<UUID> articles = new TreeSet<>(articleIds);
        Map<UUID, List<RelatedArticle>> byArticle = new LinkedHashMap<>();
        sql(c -> rows(c, """
                SELECT article_id, other, shared, entities FROM (
                  SELECT a.article_id, b.article_id AS other, count(*)::int AS shared,
                         array_agg(a.entity_id ORDER BY a.entity_id) AS entities,
                         row_number() OVER (PARTITION BY a.article_id ORDER BY count(*) DESC, max(b.sort_at) DESC, b.article_id) AS rn
                  FROM article_entity a JOIN article_entity b ON b.entity_id = a.entity_id AND b.article_id <> a.article_id
                  WHERE a.article_id = ANY(?) GROUP BY a.article_id, b.article_id) ranked
                WHERE rn <= ? ORDER BY article_id, rn""", List.of(articles, limit), rs -> {
            UUID[] shared = (UUID[]) rs.getArray(4).getArray();
            byArticle.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new RelatedArticle(rs.getObject(2, UUID.class), rs.getInt(3), List.of(shared)));
            return null;
        }));
        return articleIds.stream().map(a -> new ArticleRelated(a, byArticle.getOrDefault(a, List.of()))).toList();
    }

    private record RefRow(UUID articleId, Instant publishedAt, int mentionCount, double salience, Instant sortAt) {
    }

    private static RefRow refRow(ResultSet rs) throws SQLException {
        return new RefRow(rs.getObject(1, UUID.class), instantOrNull(rs.getTimestamp(2)), rs.getInt(3), rs.getDouble(4),
                rs.getTimestamp(5).toInstant());
    }

    /**
     * The condition that keeps an article list's rows after the read's key (newest first: older ones), or
     * backward the rows at or before it; empty without a key. Adds the key's values to {@code args}.
     */
    private static String keyCondition(KeysetRead read, String sortAt, String articleId, List<Object> args) {
        if (read.key() == null) {
            return "";
        }
        List<String> key = decode(read.key(), "A");
        args.add(Timestamp.from(instant(key.get(0))));
        args.add(uuid(key.get(1)));
        return " AND (" + sortAt + ", " + articleId + (read.backward() ? ") >= (?, ?)" : ") < (?, ?)");
    }

    /** Newest first, or its reverse for a backward read (which then reverses its rows). */
    private static String refOrder(KeysetRead read, String sortAt, String articleId) {
        return read.backward() ? sortAt + ", " + articleId : sortAt + " DESC, " + articleId + " DESC";
    }

    private static Page<ArticleRef> page(KeysetRead read, List<RefRow> rows, long total) {
        return read.page(rows, r -> Cursor.encode("A", r.sortAt().toString(), r.articleId().toString()),
                r -> new ArticleRef(r.articleId(), r.publishedAt(), r.mentionCount(), r.salience()), total);
    }

    private static List<String> decode(String cursor, String kind) {
        List<String> parts = Cursor.decode(cursor, 3);
        if (!parts.get(0).equals(kind)) {
            throw invalidCursor();
        }
        return parts.subList(1, 3);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    private static Instant instant(String value) {
        try {
            Instant instant = Instant.parse(value);
            if (InstantRange.contains(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below, like an instant out of range
        }
        throw invalidCursor();
    }

    private static ProblemException invalidCursor() {
        return ProblemException.badRequest("invalid-cursor", "The cursor is not one this service issued");
    }

    private static Instant instantOrNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Connection c, String sql, List<?> args, RowReader<T> reader) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof Collection<?> ids) {
                    st.setArray(i + 1, c.createArrayOf("uuid", ids.toArray()));
                } else {
                    st.setObject(i + 1, arg);
                }
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
            }
            return result;
        }
    }

    private static Array uuids(Connection c, Collection<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }

    private <T> T sql(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
