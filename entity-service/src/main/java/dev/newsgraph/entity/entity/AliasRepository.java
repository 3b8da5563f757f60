package dev.newsgraph.entity.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.resolution.AliasDirectory;

/** The alias rules of the entity database, as the resolver consults them; runs in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AliasRepository implements AliasDirectory {

    /** Trigram candidates are re-checked by edit distance; this only bounds the work. */
    private static final int MAX_CANDIDATES = 50;

    @Inject
    EntityManager em;

    @Override
    public Optional<UUID> findByKey(String key, EntityType recognizedType) {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT a.entity_id FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                    WHERE a.alias_key = ? AND e.merged_into IS NULL
                      AND (a.origin = 'EDITOR' OR (a.origin = 'MACHINE' AND a.matched_type = ?))
                      AND NOT EXISTS (SELECT 1 FROM entity_alias b WHERE b.entity_id = a.entity_id
                                      AND b.alias_key = a.alias_key AND b.origin = 'BLOCKED')
                    ORDER BY (a.origin = 'EDITOR') DESC, e.mention_count DESC, e.id
                    LIMIT 1""")) {
                st.setString(1, key);
                st.setString(2, recognizedType.name());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    @Override
    public List<Candidate> similarKeys(String key, EntityType recognizedType) {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT DISTINCT a.entity_id, a.alias_key FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                    WHERE a.alias_key % ? AND e.merged_into IS NULL
                      AND (a.origin = 'EDITOR' OR (a.origin = 'MACHINE' AND a.matched_type = ?))
                      AND length(a.alias_key) BETWEEN ? AND ?
                    LIMIT ?""")) {
                st.setString(1, key);
                st.setString(2, recognizedType.name());
                st.setInt(3, key.length() - 2);
                st.setInt(4, key.length() + 2);
                st.setInt(5, MAX_CANDIDATES);
                List<Candidate> candidates = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(new Candidate(rs.getObject(1, UUID.class), rs.getString(2)));
                    }
                }
                return candidates;
            }
        });
    }

    @Override
    public boolean isBlocked(UUID entityId, String key) {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT 1 FROM entity_alias WHERE entity_id = ? AND alias_key = ? AND origin = 'BLOCKED'")) {
                st.setObject(1, entityId);
                st.setString(2, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public UUID createOrFind(String key, EntityType type, String name) {
        return sql(c -> {
            UUID id = UUID.randomUUID();
            // The alias goes first (its foreign key is deferred): the unique machine key decides which
            // of two concurrent analyses creates the entity; the other waits, then finds it.
            int inserted;
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO entity_alias (entity_id, alias_key, matched_type, text, origin, created_at)
                    VALUES (?, ?, ?, ?, 'MACHINE', now())
                    ON CONFLICT (alias_key, matched_type) WHERE origin = 'MACHINE' DO NOTHING""")) {
                st.setObject(1, id);
                st.setString(2, key);
                st.setString(3, type.name());
                st.setString(4, name);
                inserted = st.executeUpdate();
            }
            if (inserted == 0) {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT entity_id FROM entity_alias WHERE alias_key = ? AND matched_type = ? AND origin = 'MACHINE'")) {
                    st.setString(1, key);
                    st.setString(2, type.name());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getObject(1, UUID.class);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO entity (id, name, name_key, type, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                Instant now = Instant.now();
                st.setObject(1, id);
                st.setString(2, name);
                st.setString(3, key);
                st.setString(4, type.name());
                st.setObject(5, Timestamp.from(now));
                st.setObject(6, Timestamp.from(now));
                st.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public void recordAliases(UUID entityId, EntityType recognizedType, Map<String, String> forms) {
        if (forms.isEmpty()) {
            return;
        }
        sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO entity_alias (entity_id, alias_key, matched_type, text, origin, created_at)
                    SELECT ?, ?, ?, ?, 'MACHINE', now()
                    WHERE NOT EXISTS (SELECT 1 FROM entity_alias WHERE entity_id = ? AND alias_key = ? AND origin = 'BLOCKED')
                    ON CONFLICT DO NOTHING""")) {
                for (Map.Entry<String, String> form : forms.entrySet()) {
                    st.setObject(1, entityId);
                    st.setString(2, form.getKey());
                    st.setString(3, recognizedType.name());
                    st.setString(4, form.getValue());
                    st.setObject(5, entityId);
                    st.setString(6, form.getKey());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    private <T> T sql(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
