package dev.newsgraph.systemtests.resilience;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.systemtests.Database;

/**
 * What the entity database must look like when every article's results were applied exactly once:
 * no mention stored twice, and every count the service keeps incrementally (per entity, per article
 * and entity, per pair of entities) equal to the count recomputed from the rows it summarises. An
 * analysis applied twice, or half applied, breaks one of these.
 */
final class EntityStoreConsistency {

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("mention stored twice", """
                SELECT article_id || ' at ' || start_offset || ' x' || count(*) FROM mention
                GROUP BY article_id, start_offset HAVING count(*) > 1""");
        CHECKS.put("mention of another version than the analysed one", """
                SELECT m.article_id || ' v' || m.article_version FROM mention m
                JOIN article_analysis a ON a.article_id = m.article_id
                WHERE m.article_version IS DISTINCT FROM a.analyzed_version""");
        CHECKS.put("entity mention_count differs from its mentions", """
                SELECT e.name || ': ' || e.mention_count || ' <> ' || count(m.id) FROM entity e
                LEFT JOIN mention m ON m.entity_id = e.id
                GROUP BY e.id HAVING e.mention_count <> count(m.id)""");
        CHECKS.put("entity article_count differs from its articles", """
                SELECT e.name || ': ' || e.article_count || ' <> ' || count(ae.article_id) FROM entity e
                LEFT JOIN article_entity ae ON ae.entity_id = e.id
                GROUP BY e.id HAVING e.article_count <> count(ae.article_id)""");
        CHECKS.put("article_entity mention_count differs from its mentions", """
                SELECT ae.article_id || '/' || ae.entity_id FROM article_entity ae
                WHERE ae.mention_count <> (SELECT count(*) FROM mention m
                  WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id)""");
        CHECKS.put("co-occurrence count differs from the articles", """
                WITH actual AS (
                  SELECT a.entity_id, b.entity_id AS other_id, count(*) AS n
                  FROM article_entity a JOIN article_entity b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
                  GROUP BY a.entity_id, b.entity_id)
                SELECT coalesce(c.entity_id, actual.entity_id) || '/' || coalesce(c.other_id, actual.other_id)
                  || ': ' || coalesce(c.article_count, 0) || ' <> ' || coalesce(actual.n, 0)
                FROM entity_cooccurrence c FULL JOIN actual USING (entity_id, other_id)
                WHERE c.article_count IS DISTINCT FROM actual.n""");
    }

    private EntityStoreConsistency() {
    }

    /** Every inconsistency found, as "check: example, ..." lines; empty when the store is consistent. */
    static List<String> violations(Database entityDb) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
            List<String> rows = entityDb.rows(check.getValue());
            if (!rows.isEmpty()) {
                violations.add(check.getKey() + " (" + rows.size() + "): " + rows.subList(0, Math.min(5, rows.size())));
            }
        }
        return violations;
    }
}
