package dev.newsgraph.entity.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.resolution.NameNormalizer;

/**
 * An editor's corrections. Each is recorded as alias rules the resolver consults, so re-analysis
 * keeps it: a merge moves the aliases to the survivor, a rename and a type change make the entity's
 * forms editor rules (matching whatever type the recogniser reports), a removed alias is blocked.
 */
@ApplicationScoped
public class EntityCorrections {

    /** Fields of an editor's patch; null means "leave as it is" except where {@code clear*} says otherwise. */
    public record Patch(String name, EntityType type, String description, boolean clearDescription,
            Map<String, String> externalIds, boolean clearExternalIds) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public UUID patch(UUID id, Patch patch) {
        EntityRecord entity = lockSurvivor(id);
        if (patch.name() != null) {
            entity.name = patch.name().strip();
            entity.nameKey = NameNormalizer.key(entity.name);
            addEditorAlias(entity, entity.nameKey, entity.name);
        }
        if (patch.type() != null && patch.type() != entity.type) {
            entity.type = patch.type();
            em.flush();
            em.unwrap(Session.class).doWork(c -> promoteAliases(c, entity));
        }
        if (patch.description() != null || patch.clearDescription()) {
            entity.description = patch.description();
        }
        if (patch.externalIds() != null || patch.clearExternalIds()) {
            entity.externalIds = patch.externalIds() == null ? new HashMap<>() : new HashMap<>(patch.externalIds());
        }
        entity.updatedAt = Instant.now();
        return entity.id;
    }

    /** Editor aliases ride in every answer about the entity (its {@code aliases}), so there are at most this many. */
    static final int MAX_EDITOR_ALIASES = 100;

    @Transactional
    public UUID addAlias(UUID id, String alias) {
        EntityRecord entity = lockSurvivor(id);
        long editorAliases = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM entity_alias WHERE entity_id = :id AND origin = 'EDITOR'")
                .setParameter("id", entity.id).getSingleResult()).longValue();
        if (editorAliases >= MAX_EDITOR_ALIASES) {
            throw ProblemException.badRequest("too-many-aliases", "An entity takes at most " + MAX_EDITOR_ALIASES
                    + " aliases from editors; remove one first");
        }
        addEditorAlias(entity, aliasKey(alias), alias.strip());
        entity.updatedAt = Instant.now();
        return entity.id;
    }

    @Transactional
    public UUID removeAlias(UUID id, String alias) {
        EntityRecord entity = lockSurvivor(id);
        String key = aliasKey(alias);
        if (key.equals(entity.nameKey)) {
            throw ProblemException.badRequest("alias-is-name",
                    "'" + alias + "' is the entity's name; rename the entity before removing it as an alias");
        }
        em.flush();
        int removed = em.unwrap(Session.class).doReturningWork(c -> {
            int deleted;
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM entity_alias WHERE entity_id = ? AND alias_key = ? AND origin <> 'BLOCKED'")) {
                st.setObject(1, entity.id);
                st.setString(2, key);
                deleted = st.executeUpdate();
            }
            if (deleted > 0) {
                insertAlias(c, entity.id, key, entity.type, alias.strip(), "BLOCKED");
            }
            return deleted;
        });
        if (removed == 0) {
            throw ProblemException.notFound("Entity " + entity.id + " has no alias '" + alias + "'");
        }
        entity.updatedAt = Instant.now();
        return entity.id;
    }

    /** Merges {@code sourceId} into {@code targetId}; answers the survivor's id. */
    @Transactional
    public UUID merge(UUID sourceId, UUID targetId) {
        UUID source = survivorOf(sourceId);
        UUID target = survivorOf(targetId);
        if (source.equals(target)) {
            throw ProblemException.badRequest("merge-into-itself",
                    "Entity " + sourceId + " and " + targetId + " are already one entity");
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Map<UUID, UUID> merged = ArticleResultsStore.lock(c, new TreeSet<>(Set.of(source, target)));
            if (!merged.isEmpty()) {
                throw ProblemException.conflict("concurrent-merge", "One of the entities was merged meanwhile; try again");
            }
            move(c, source, target);
        });
        em.clear();
        return target;
    }

    private static void move(Connection c, UUID source, UUID target) throws SQLException {
        run(c, "UPDATE mention SET entity_id = ? WHERE entity_id = ?", target, source);
        // an article naming both keeps one row, for the survivor, with both mention counts
        run(c, """
                UPDATE article_entity t SET mention_count = t.mention_count + s.mention_count,
                  salience = greatest(t.salience, s.salience)
                FROM article_entity s WHERE s.entity_id = ? AND t.entity_id = ? AND t.article_id = s.article_id""",
                source, target);
        run(c, """
                DELETE FROM article_entity s USING article_entity t
                WHERE s.entity_id = ? AND t.entity_id = ? AND t.article_id = s.article_id""", source, target);
        run(c, "UPDATE article_entity SET entity_id = ? WHERE entity_id = ?", target, source);
        // co-occurrence of the pair's neighbourhood is recounted from the moved rows
        run(c, "DELETE FROM entity_cooccurrence WHERE entity_id IN (?, ?) OR other_id IN (?, ?)", source, target, source, target);
        run(c, """
                INSERT INTO entity_cooccurrence (entity_id, other_id, article_count)
                SELECT a.entity_id, b.entity_id, count(*) FROM article_entity a
                JOIN article_entity b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
                WHERE a.entity_id = ? GROUP BY a.entity_id, b.entity_id""", target);
        run(c, """
                INSERT INTO entity_cooccurrence (entity_id, other_id, article_count)
                SELECT b.entity_id, a.entity_id, count(*) FROM article_entity a
                JOIN article_entity b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
                WHERE a.entity_id = ? GROUP BY a.entity_id, b.entity_id""", target);
        run(c, """
                DELETE FROM entity_alias s USING entity_alias t
                WHERE s.entity_id = ? AND t.entity_id = ? AND t.alias_key = s.alias_key
                  AND t.matched_type = s.matched_type AND t.origin = s.origin""", source, target);
        run(c, "UPDATE entity_alias SET entity_id = ? WHERE entity_id = ?", target, source);
        run(c, """
                UPDATE entity SET mention_count = (SELECT count(*) FROM mention WHERE entity_id = ?),
                  article_count = (SELECT count(*) FROM article_entity WHERE entity_id = ?),
                  first_seen = (SELECT min(sort_at) FROM article_entity WHERE entity_id = ?),
                  last_seen = (SELECT max(sort_at) FROM article_entity WHERE entity_id = ?),
                  description = coalesce(description, (SELECT description FROM entity WHERE id = ?)),
                  external_ids = (SELECT external_ids FROM entity WHERE id = ?) || external_ids,
                  updated_at = now()
                WHERE id = ?""", target, target, target, target, source, source, target);
        // earlier merges into the source now answer with the survivor too
        run(c, """
                UPDATE entity SET merged_into = ?, mention_count = 0, article_count = 0, first_seen = NULL,
                  last_seen = NULL, updated_at = now()
                WHERE id = ? OR merged_into = ?""", target, source, source);
    }

    private static void run(Connection c, String sql, UUID... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    private void addEditorAlias(EntityRecord entity, String key, String text) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM entity_alias WHERE entity_id = ? AND alias_key = ? AND origin = 'BLOCKED'")) {
                st.setObject(1, entity.id);
                st.setString(2, key);
                st.executeUpdate();
            }
            insertAlias(c, entity.id, key, entity.type, text, "EDITOR");
        });
    }

    /** After a type change every form of the entity becomes an editor rule, so any recognised type finds it. */
    private static void promoteAliases(Connection c, EntityRecord entity) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO entity_alias (entity_id, alias_key, matched_type, text, origin, created_at)
                SELECT DISTINCT ON (alias_key) entity_id, alias_key, ?, text, 'EDITOR', now()
                FROM entity_alias WHERE entity_id = ? AND origin <> 'BLOCKED'
                ORDER BY alias_key
                ON CONFLICT DO NOTHING""")) {
            st.setString(1, entity.type.name());
            st.setObject(2, entity.id);
            st.executeUpdate();
        }
    }

    private static void insertAlias(Connection c, UUID entity, String key, EntityType type, String text, String origin)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO entity_alias (entity_id, alias_key, matched_type, text, origin, created_at)
                VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING""")) {
            st.setObject(1, entity);
            st.setString(2, key);
            st.setString(3, type.name());
            st.setString(4, text);
            st.setString(5, origin);
            st.executeUpdate();
        }
    }

    private static String aliasKey(String alias) {
        String key = alias == null ? "" : NameNormalizer.key(alias);
        if (key.isEmpty()) {
            throw ProblemException.badRequest("invalid-alias", "An alias needs at least one letter or digit");
        }
        return key;
    }

    private EntityRecord lockSurvivor(UUID id) {
        UUID survivor = survivorOf(id);
        return em.find(EntityRecord.class, survivor, LockModeType.PESSIMISTIC_WRITE);
    }

    private UUID survivorOf(UUID id) {
        EntityRecord entity = EntityRecord.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("No entity " + id);
        }
        return entity.mergedInto == null ? entity.id : entity.mergedInto;
    }
}
