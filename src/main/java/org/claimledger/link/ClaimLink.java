package org.claimledger.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimledger.claim.Claim;
import org.claimledger.claim.Retractable;

import java.util.UUID;

/** A typed edge between two claims: "from corroborates to". */
@Entity
@Table(name = "claim_link")
public class ClaimLink extends Retractable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", updatable = false)
    public UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_claim_id", updatable = false)
    public Claim fromClaim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_claim_id", updatable = false)
    public Claim toClaim;

    public LinkType type;
    public String note;

}
