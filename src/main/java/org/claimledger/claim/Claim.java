package org.claimledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimledger.party.Party;
import org.claimledger.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One assertion by one source, with its figure as an interval and the documents that carry it. */
@Entity
@Table(name = "claim")
public class Claim extends Retractable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", updatable = false)
    public UUID publicId;

    @Column(name = "external_key", updatable = false)
    public String externalKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(name = "stated_on")
    public LocalDate statedOn;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "as_of")
    public LocalDate asOf;

    public Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    public Party subject;

    /** Slugs of parties also counted in the figure ("soldiers and Syrian mercenaries"). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "also_counts")
    public String[] alsoCounts = new String[0];

    public Population population;
    public Metric metric;
    public Equipment equipment;
    public String object;
    public String incident;
    public String location;

    @Column(name = "qty_low")
    public Long low;
    @Column(name = "qty_high")
    public Long high;
    public Qualifier qualifier;
    @Column(name = "qty_text")
    public String quantityText;

    public Stance stance = Stance.ASSERTS;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "perpetrator_id")
    public Party perpetrator;

    public String statement;
    public String note;

    /** Provenance: whether statedOn and the attribution are in the cited text or inferred (see {@link Provenance}). */
    public Dating dated = Dating.CITED;
    @Column(name = "dated_from")
    public String datedFrom;
    public Attribution attribution = Attribution.EXPLICIT;
    @Column(name = "attributed_as")
    public String attributedAs;
    @Column(name = "attribution_basis")
    public String attributionBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Citation> citations;


    /** The mapped columns: everything but the derived full-text vector, which is never read back. */
    public static final String COLUMNS = "id, public_id, external_key, source_id, stated_on, period_from, as_of,"
            + " category, subject_id, also_counts, population, metric, equipment, object, incident, location, qty_low,"
            + " qty_high, qualifier, qty_text, stance, perpetrator_id, statement, note, dated, dated_from,"
            + " attribution, attributed_as, attribution_basis, citations, status,"
            + " retraction_reason, revision, created_at, created_by, recorded_at, recorded_by, revision_reason";

    /** The claim with its source and parties, in one query. */
    public static Optional<Claim> byPublicId(UUID id) {
        return find("from Claim c join fetch c.source left join fetch c.subject left join fetch c.perpetrator"
                + " where c.publicId = ?1", id).firstResultOptional();
    }

    /** The claims of these ids with their sources and parties, in one query; ids not stored are left out. */
    public static java.util.Map<UUID, Claim> byPublicIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return Claim.<Claim>find("from Claim c join fetch c.source left join fetch c.subject"
                        + " left join fetch c.perpetrator where c.publicId in ?1", ids).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.publicId, c -> c));
    }

    /**
     * Claims with a dataset key get a name-based UUID, so the same dataset has the same claim ids in
     * every database it is loaded into; other claims get a random one.
     */
    public static UUID idFor(String externalKey) {
        if (externalKey == null) {
            return UUID.randomUUID();
        }
        return uuidKey(externalKey).orElseGet(() ->
                UUID.nameUUIDFromBytes(("claimledger:claim:" + externalKey).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Exports name a claim that has no key by its id, {@code urn:uuid:<id>}; importing that key keeps
     * the id, so the claim is the same claim in every database.
     */
    public static Optional<UUID> uuidKey(String key) {
        if (key == null || !key.startsWith(URN_UUID)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(key.substring(URN_UUID.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static final String URN_UUID = "urn:uuid:";

    /** The key exports give this claim: its dataset key, or its id as a URN. */
    public static String exportKey(String key, Object id) {
        return key != null ? key : URN_UUID + id;
    }

    /**
     * Revisions recorded before provenance existed read back without it (null); they had the defaults.
     */
    public Provenance provenance() {
        return new Provenance(dated, datedFrom, attribution, attributedAs, attributionBasis).normalized();
    }

    public Quantity quantity() {
        return qualifier == null ? null : new Quantity(low, high, qualifier, quantityText);
    }
}
