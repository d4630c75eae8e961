package org.claimledger.claim;

import org.claimledger.common.InvalidInput;
import org.claimledger.common.Problem;
import org.claimledger.incident.Incident;
import org.claimledger.party.Parties;
import org.claimledger.party.Party;
import org.claimledger.source.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the slugs a request or an import names to rows, remembering each answer, and collects
 * every unknown one as a field error so a client learns all of them at once. Parties are looked up
 * through {@link Parties}, the one party lookup.
 */
public class References {
    private final Map<String, Optional<Source>> sources = new HashMap<>();
    private final Parties parties = Parties.load();
    private final Map<String, Boolean> incidents = new HashMap<>();
    private final List<Problem.FieldError> errors;

    public References(List<Problem.FieldError> errors) {
        this.errors = errors;
    }

    public Source source(String slug, String field) {
        if (slug == null) {
            return null;
        }
        return sources.computeIfAbsent(slug, Source::bySlug).orElseGet(() -> {
            errors.add(new Problem.FieldError(field, "unknown source '" + Problem.clip(slug) + "'"));
            return null;
        });
    }

    public Party party(String slug, String field) {
        return parties.resolve(slug, field, errors);
    }

    /** The parties resolved so far, for writing parties and sources that name other parties. */
    public Parties parties() {
        return parties;
    }

    /** The incident slug, checked: an incident no one has created is reported under {@code field}. */
    public String incident(String slug, String field) {
        if (slug != null && !incidents.computeIfAbsent(slug, s -> Incident.bySlug(s).isPresent())) {
            errors.add(new Problem.FieldError(field, "unknown incident '" + Problem.clip(slug)
                    + "'; create it first (POST /api/v1/incidents, or the incidents of an import)"));
        }
        return slug;
    }

    /** Lets an import resolve rows it has just written in the same transaction. */
    public void remember(Source source) {
        sources.put(source.slug, Optional.of(source));
    }

    public void remember(Party party) {
        parties.remember(party);
    }

    public void remember(Incident incident) {
        incidents.put(incident.slug, true);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public void throwIfAny() {
        InvalidInput.throwIfAny(errors);
    }
}
