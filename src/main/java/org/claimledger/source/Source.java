package org.claimledger.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimledger.party.Party;
import org.claimledger.revision.Revisioned;

import java.util.Optional;

/** Who speaks: a ministry, a monitor, an OSINT group, a newspaper, a person. */
@Entity
@Table(name = "source")
public class Source extends Revisioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public SourceKind kind;

    /** The party the source speaks for; null for an independent source. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    public String homepage;
    public String description;

    public static Optional<Source> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
