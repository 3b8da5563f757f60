-- Co-occurrence: for each ordered pair of entities, in how many articles both appear. Kept in both
-- directions so "related to X" is one index range; maintained with every article's results and merges.
CREATE TABLE entity_cooccurrence (
    entity_id     uuid    NOT NULL REFERENCES entity (id),
    other_id      uuid    NOT NULL REFERENCES entity (id),
    article_count integer NOT NULL,
    PRIMARY KEY (entity_id, other_id)
);
CREATE INDEX entity_cooccurrence_ranked ON entity_cooccurrence (entity_id, article_count DESC, other_id);
CREATE INDEX entity_cooccurrence_other ON entity_cooccurrence (other_id);

INSERT INTO entity_cooccurrence (entity_id, other_id, article_count)
SELECT a.entity_id, b.entity_id, count(*)
FROM article_entity a JOIN article_entity b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
GROUP BY a.entity_id, b.entity_id;
