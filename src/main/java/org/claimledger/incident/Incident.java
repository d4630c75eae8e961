package org.claimledger.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimledger.revision.Revisioned;

import java.time.LocalDate;
import java.util.Optional;

/** Something that happened at a place and time, that claims report on: the shelling of Barda, 28 October 2020. */
@Entity
@Table(name = "incident")
public class Incident extends Revisioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;

    /** True when a migration made the title from the slug: nobody has written one yet. */
    @Column(name = "title_derived")
    public boolean titleDerived;

    public String description;
    public String location;

    @Column(name = "occurred_from")
    public LocalDate from;
    @Column(name = "occurred_to")
    public LocalDate to;

    public static Optional<Incident> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
