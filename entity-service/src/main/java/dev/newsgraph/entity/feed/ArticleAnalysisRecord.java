package dev.newsgraph.entity.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The analysis job of one article: what the feed asked for, what was analysed, and who is working on it. */
@Entity
@Table(name = "article_analysis")
public class ArticleAnalysisRecord extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    public String status;

    @Column(name = "wanted_version")
    public int wantedVersion;

    @Column(name = "analyzed_version")
    public Integer analyzedVersion;

    @Column(name = "analyzed_at")
    public Instant analyzedAt;

    public String error;

    public String recognizer;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    public boolean deleted;

    @Column(name = "updated_at")
    public Instant updatedAt;

    AnalysisStatus view() {
        return new AnalysisStatus(articleId, status, analyzedVersion, analyzedAt, error, recognizer);
    }
}
