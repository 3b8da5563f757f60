package dev.newsgraph.entity.entity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

import dev.newsgraph.entity.resolution.GroupedMention;

/**
 * Replaces what one article contributes (its mentions, its per-article entities, their counts) in
 * the caller's transaction. Every writer locks the entity rows it changes, in id order, before
 * changing anything, so counts stay exact under concurrent analyses and merges.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleResultsStore {

    /** What an article says about one entity. */
    public record EntityInArticle(List<GroupedMention> mentions, double salience) {
    }

    @Inject
    EntityManager em;

    /** Replaces the article's results with {@code results} (empty for a deleted article). */
    public void replace(UUID articleId, int articleVersion, Instant publishedAt, Instant sortAt,
            Map<UUID, EntityInArticle> results) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> replace(c, articleId, articleVersion, publishedAt, sortAt, results));
    }

    private void replace(Connection c, UUID articleId, int articleVersion, Instant publishedAt, Instant sortAt,
            Map<UUID, EntityInArticle> results) throws SQLException {
        Map<UUID, EntityInArticle> wanted = new LinkedHashMap<>(results);
        Set<UUID> locked = new HashSet<>();
        Map<UUID, Integer> previous;
        while (true) {
            previous = previousMentionCounts(c, articleId);
            Set<UUID> toLock = new TreeSet<>(previous.keySet());
            toLock.addAll(wanted.keySet());
            toLock.removeAll(locked);
            if (toLock.isEmpty()) {
                break;
            }
            Map<UUID, UUID> mergedInto = lock(c, toLock);
            locked.addAll(toLock);
            // an entity merged away since resolution: its mentions go to the survivor
            mergedInto.forEach((merged, survivor) -> {
                EntityInArticle moved = wanted.remove(merged);
                if (moved != null) {
                    wanted.merge(survivor, moved, ArticleResultsStore::combine);
                }
            });
        }

        try (PreparedStatement st = c.prepareStatement("DELETE FROM mention WHERE article_id = ?")) {
            st.setObject(1, articleId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM article_entity WHERE article_id = ?")) {
            st.setObject(1, articleId);
            st.executeUpdate();
        }
        insert(c, articleId, articleVersion, publishedAt, sortAt, wanted);
        updateCooccurrence(c, previous.keySet(), wanted.keySet());

        Set<UUID> affected = new TreeSet<>(previous.keySet());
        affected.addAll(wanted.keySet());
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE entity SET mention_count = mention_count + ?, article_count = article_count + ?,
                  first_seen = (SELECT min(sort_at) FROM article_entity WHERE entity_id = ?),
                  last_seen = (SELECT max(sort_at) FROM article_entity WHERE entity_id = ?),
                  updated_at = now()
                WHERE id = ?""")) {
            for (UUID entity : affected) {
                int before = previous.getOrDefault(entity, 0);
                EntityInArticle now = wanted.get(entity);
                int after = now == null ? 0 : now.mentions().size();
                st.setInt(1, after - before);
                st.setInt(2, (now == null ? 0 : 1) - (previous.containsKey(entity) ? 1 : 0));
                st.setObject(3, entity);
                st.setObject(4, entity);
                st.setObject(5, entity);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Pairs that appear together only now count one article more; pairs that did only before, one less. */
    private static void updateCooccurrence(Connection c, Set<UUID> before, Set<UUID> after) throws SQLException {
        Set<UUID> all = new TreeSet<>(before);
        all.addAll(after);
        List<UUID> entities = new ArrayList<>();
        List<UUID> others = new ArrayList<>();
        List<Integer> deltas = new ArrayList<>();
        for (UUID a : all) {
            for (UUID b : all) {
                int delta = (after.contains(a) && after.contains(b) ? 1 : 0) - (before.contains(a) && before.contains(b) ? 1 : 0);
                if (!a.equals(b) && delta != 0) {
                    entities.add(a);
                    others.add(b);
                    deltas.add(delta);
                }
            }
        }
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO entity_cooccurrence (entity_id, other_id, article_count)
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::int[])
                ON CONFLICT (entity_id, other_id)
                DO UPDATE SET article_count = entity_cooccurrence.article_count + EXCLUDED.article_count""")) {
            st.setArray(1, c.createArrayOf("uuid", entities.toArray()));
            st.setArray(2, c.createArrayOf("uuid", others.toArray()));
            st.setArray(3, c.createArrayOf("integer", deltas.toArray()));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "DELETE FROM entity_cooccurrence WHERE entity_id = ANY(?) AND article_count <= 0")) {
            st.setArray(1, c.createArrayOf("uuid", all.toArray()));
            st.executeUpdate();
        }
    }

    private static EntityInArticle combine(EntityInArticle a, EntityInArticle b) {
        List<GroupedMention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new EntityInArticle(mentions, Math.max(a.salience(), b.salience()));
    }

    private static Map<UUID, Integer> previousMentionCounts(Connection c, UUID articleId) throws SQLException {
        Map<UUID, Integer> counts = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT entity_id, mention_count FROM article_entity WHERE article_id = ?")) {
            st.setObject(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Locks the entities in id order; answers the ones that turn out to be merged, with their survivor. */
    static Map<UUID, UUID> lock(Connection c, Set<UUID> ids) throws SQLException {
        Map<UUID, UUID> merged = new HashMap<>();
        Array array = c.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, merged_into FROM entity WHERE id = ANY(?) ORDER BY id FOR UPDATE")) {
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UUID survivor = rs.getObject(2, UUID.class);
                    if (survivor != null) {
                        merged.put(rs.getObject(1, UUID.class), survivor);
                    }
                }
            }
        }
        return merged;
    }

    private static void insert(Connection c, UUID articleId, int articleVersion, Instant publishedAt, Instant sortAt,
            Map<UUID, EntityInArticle> wanted) throws SQLException {
        try (PreparedStatement entities = c.prepareStatement("""
                INSERT INTO article_entity (article_id, entity_id, mention_count, salience, published_at, sort_at)
                VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement mentions = c.prepareStatement("""
                INSERT INTO mention (article_id, article_version, entity_id, start_offset, end_offset, text, sentence, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<UUID, EntityInArticle> e : wanted.entrySet()) {
                entities.setObject(1, articleId);
                entities.setObject(2, e.getKey());
                entities.setInt(3, e.getValue().mentions().size());
                entities.setDouble(4, e.getValue().salience());
                entities.setTimestamp(5, publishedAt == null ? null : Timestamp.from(publishedAt));
                entities.setTimestamp(6, Timestamp.from(sortAt));
                entities.addBatch();
                for (GroupedMention m : e.getValue().mentions()) {
                    mentions.setObject(1, articleId);
                    mentions.setInt(2, articleVersion);
                    mentions.setObject(3, e.getKey());
                    mentions.setInt(4, m.start());
                    mentions.setInt(5, m.end());
                    mentions.setString(6, m.text());
                    mentions.setString(7, m.sentence());
                    mentions.setDouble(8, m.confidence());
                    mentions.addBatch();
                }
            }
            entities.executeBatch();
            mentions.executeBatch();
        }
    }
}
