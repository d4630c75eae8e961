package org.claimledger.party;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimledger.revision.Revisioned;

import java.util.Optional;

/** A side or actor of a conflict. A party may be part of another and may back a belligerent side. */
@Entity
@Table(name = "party")
public class Party extends Revisioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Party parent;

    /** A belligerent is a side of its own. */
    public boolean belligerent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "side_id")
    public Party side;

    public String description;

    public static Optional<Party> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The belligerent side this party is on: itself, its declared side, else its parent's; or none. */
    public Party effectiveSide() {
        for (Party p = this; p != null; p = p.parent) {
            if (p.belligerent) {
                return p;
            }
            if (p.side != null) {
                return p.side.effectiveSide();
            }
        }
        return null;
    }

    /** True when this party is {@code other} or lies under it ("part of"). */
    public boolean isWithin(Party other) {
        for (Party p = this; p != null; p = p.parent) {
            if (p.id.equals(other.id)) {
                return true;
            }
        }
        return false;
    }

    static String slugOf(Party party) {
        return party == null ? null : party.slug;
    }
}
