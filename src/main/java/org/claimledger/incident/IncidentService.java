package org.claimledger.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.IfMatch;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.common.Slugs;
import org.claimledger.revision.Change;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class IncidentService {

    public Incident get(String slug) {
        return Incident.bySlug(slug).orElseThrow(() -> new NotFound("incident", slug));
    }

    public Page<IncidentView> list(String cursor, int limit) {
        String after = Cursor.decode(cursor);
        List<Incident> rows = Incident.find("slug > ?1 order by slug", after == null ? "" : after)
                .page(0, limit + 1).list();
        return Page.of(rows, limit, i -> i.slug, IncidentView::of);
    }

    /** The titles of these incidents, in one query; an incident that does not exist is left out. */
    public static Map<String, String> titles(Collection<String> slugs) {
        Map<String, String> titles = new HashMap<>();
        if (!slugs.isEmpty()) {
            Incident.<Incident>find("slug in ?1", List.copyOf(slugs)).stream().forEach(i -> titles.put(i.slug, i.title));
        }
        return titles;
    }

    @Transactional
    public IncidentView create(NewIncident input, String actor) {
        if (Incident.bySlug(input.slug()).isPresent()) {
            throw new Conflict("an incident '" + input.slug() + "' exists already");
        }
        Incident incident = new Incident();
        apply(incident, input);
        incident.recordBy(actor, "created");
        incident.persistAndFlush();
        return IncidentView.of(incident);
    }

    @Transactional
    public IncidentView update(String slug, NewIncident input, String ifMatch, String reason, String actor) {
        // locked, so If-Match is checked against the revision this update writes over
        Incident incident = Incident.<Incident>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> new NotFound("incident", slug));
        IfMatch.require(ifMatch, incident.revision);
        Slugs.requireUnchanged(slug, input.slug(), "an incident's");
        apply(incident, input);
        incident.recordBy(actor, reason);
        Incident.flush();
        return IncidentView.of(incident);
    }

    public static void apply(Incident incident, NewIncident input) {
        incident.slug = input.slug();
        incident.title = input.title();
        incident.titleDerived = Boolean.TRUE.equals(input.titleDerived());
        incident.description = input.description();
        incident.location = input.location();
        incident.from = input.from();
        incident.to = input.to();
    }

    /** The incident as a client would submit it again. */
    public static NewIncident toInput(Incident i) {
        return new NewIncident(i.slug, i.title, i.description, i.location, i.from, i.to,
                i.titleDerived ? Boolean.TRUE : null);
    }

    /** What storing {@code input} over {@code stored} (null for none) would do. */
    public static Change change(Incident stored, NewIncident input) {
        return Change.of(stored == null ? null : toInput(stored), input.normalized());
    }
}
