package org.claimledger.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;

/**
 * What every kept-forever row carries: its revision number (also the optimistic lock and the ETag),
 * who created it, and who recorded the current revision, when and why. The database stamps the
 * times and copies the previous revision aside on every update (migration V2).
 */
@MappedSuperclass
public abstract class Revisioned extends PanacheEntityBase {
    /** Revisions count from 1, as people do; Hibernate keeps a version it is given on insert. */
    @Version
    public int revision = 1;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "revision_reason")
    public String revisionReason;

    /** Marks the revision about to be written as this actor's, for this reason. */
    public void recordBy(String actor, String reason) {
        if (createdBy == null) {
            createdBy = actor;
        }
        recordedBy = actor;
        revisionReason = reason;
    }
}
