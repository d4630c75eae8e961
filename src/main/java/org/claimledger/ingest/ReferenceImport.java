package org.claimledger.ingest;

import org.claimledger.auth.Roles;
import org.claimledger.claim.References;
import org.claimledger.common.DomainException;
import org.claimledger.common.Problem;
import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentService;
import org.claimledger.incident.NewIncident;
import org.claimledger.party.NewParty;
import org.claimledger.party.Party;
import org.claimledger.party.PartyService;
import org.claimledger.revision.Change;
import org.claimledger.revision.Revisioned;
import org.claimledger.source.NewSource;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parties, sources and incidents of an import, stored before its claims, each created, changed
 * (a new revision) or left as it is, and remembered so the claims can name them.
 */
final class ReferenceImport {
    private final ImportErrors errors;
    private final References refs;
    private final BiPredicate<Object, String> valid;
    private final String actor;
    private final String reason;
    private final boolean mayAdminister;
    final Tally parties = new Tally();
    final Tally sources = new Tally();
    final Tally incidents = new Tally();

    /** {@code valid} checks a record's constraints, reporting violations under the prefix it is given. */
    ReferenceImport(ImportErrors errors, References refs, BiPredicate<Object, String> valid, String actor,
                    String reason, boolean mayAdminister) {
        this.errors = errors;
        this.refs = refs;
        this.valid = valid;
        this.actor = actor;
        this.reason = reason;
        this.mayAdminister = mayAdminister;
    }

    void parties(List<NewParty> batch) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (valid.test(batch.get(i), "parties[" + i + "]")) {
                pending.add(i);
            }
        }
        // a party may name a parent or side defined later in the batch: write those it can, then retry
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                int i = it.next();
                NewParty p = batch.get(i);
                if (known(p.parent(), p.slug()) && known(p.side(), p.slug())) {
                    upsert(p, "parties[" + i + "].");
                    it.remove();
                    progress = true;
                }
            }
        }
        pending.forEach(i -> upsert(batch.get(i), "parties[" + i + "]."));
    }

    private boolean known(String slug, String self) {
        return slug == null || slug.equals(self) || Party.bySlug(slug).isPresent();
    }

    private void upsert(NewParty input, String prefix) {
        Party stored = Party.bySlug(input.slug()).orElse(null);
        Change change = PartyService.change(stored, input);
        upsert(stored, change, Party::new, p -> PartyService.apply(p, input, refs.parties(), errors.sink(), prefix),
                parties, refs::remember, () -> requireAdmin(prefix.substring(0, prefix.length() - 1), "parties",
                        change, input.slug()));
    }

    void sources(List<NewSource> batch) {
        for (int i = 0; i < batch.size(); i++) {
            NewSource input = batch.get(i);
            String prefix = "sources[" + i + "]";
            if (valid.test(input, prefix)) {
                Source stored = Source.bySlug(input.slug()).orElse(null);
                Change change = SourceService.change(stored, input);
                upsert(stored, change, Source::new,
                        s -> SourceService.apply(s, input, refs.parties(), errors.sink(), prefix + "."),
                        sources, refs::remember, () -> requireAdmin(prefix, "sources", change, input.slug()));
            }
        }
    }

    void incidents(List<NewIncident> batch) {
        for (int i = 0; i < batch.size(); i++) {
            NewIncident input = batch.get(i);
            if (valid.test(input, "incidents[" + i + "]")) {
                Incident stored = Incident.bySlug(input.slug()).orElse(null);
                upsert(stored, IncidentService.change(stored, input), Incident::new,
                        row -> IncidentService.apply(row, input), incidents, refs::remember, () -> { });
            }
        }
    }

    /**
     * The one way an import stores a party, source or incident: an unchanged one is only remembered; a new
     * or changed one is written unless some record of the import is invalid, and then {@code check}ed.
     */
    private <E extends Revisioned> void upsert(E stored, Change change, Supplier<E> blank, Consumer<E> apply,
                                               Tally tally, Consumer<E> remember, Runnable check) {
        if (change != Change.UNCHANGED) {
            E row = stored == null ? blank.get() : stored;
            apply.accept(row);
            if (errors.any()) {
                return;
            }
            row.recordBy(actor, reason);
            row.persistAndFlush();
            // checked once the database has taken the row, so that bad input is a 400 whoever sends it
            check.run();
            stored = row;
        }
        remember.accept(stored);
        tally.count(change);
    }

    /**
     * Sources and parties are written by {@link Roles#SOURCES_AND_PARTIES} only, on this path as on their own
     * endpoints: a source's side decides self and adversary in every comparison. An unchanged one may be
     * repeated. The refusal rolls the whole import back, the row just written with it.
     */
    private void requireAdmin(String field, String what, Change change, String slug) {
        if (!mayAdminister) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "Forbidden",
                    (change == Change.CREATED ? "creating " : "changing ") + what + " needs an admin token ("
                            + field + ": '" + Problem.clip(slug) + "'); nothing was imported");
        }
    }

}
