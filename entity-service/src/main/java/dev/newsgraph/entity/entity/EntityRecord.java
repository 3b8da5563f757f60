package dev.newsgraph.entity.entity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.newsgraph.entity.recognition.EntityType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A real-world entity; a merged one keeps its row and points at the survivor. */
@Entity
@Table(name = "entity")
public class EntityRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "external_ids")
    public Map<String, String> externalIds = new HashMap<>();

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "article_count")
    public int articleCount;

    @Column(name = "first_seen")
    public Instant firstSeen;

    @Column(name = "last_seen")
    public Instant lastSeen;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
