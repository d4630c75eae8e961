package org.claimledger.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final List<Runnable> checks = new ArrayList<>();
    private static final int LOOKUP = 10_000;

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
        List<String> named = new ArrayList<>();
        batch.forEach(p -> {
            named.add(p.slug());
            named.add(p.parent());
            named.add(p.side());
        });
        Map<String, Party> stored = stored(named, chunk -> Party.list("slug in ?1", chunk), p -> p.slug);
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
                if (known(stored, p.parent(), p.slug()) && known(stored, p.side(), p.slug())) {
                    upsert(stored, p, "parties[" + i + "].");
                    it.remove();
                    progress = true;
                }
            }
        }
        pending.forEach(i -> upsert(stored, batch.get(i), "parties[" + i + "]."));
        written();
    }

    private static boolean known(Map<String, Party> stored, String slug, String self) {
        return slug == null || slug.equals(self) || stored.containsKey(slug);
    }

    private void upsert(Map<String, Party> stored, NewParty input, String prefix) {
        Change change = PartyService.change(stored.get(input.slug()), input);
        upsert(stored, input.slug(), change, Party::new,
                p -> PartyService.apply(p, input, refs.parties(), errors.sink(), prefix),
                parties, refs::remember, () -> requireAdmin(prefix.substring(0, prefix.length() - 1), "parties",
                        change, input.slug()));
    }

    void sources(List<NewSource> batch) {
        Map<String, Source> stored = stored(batch.stream().map(NewSource::slug).toList(),
                chunk -> Source.list("slug in ?1", chunk), row -> row.slug);
        for (int i = 0; i < batch.size(); i++) {
            NewSource input = batch.get(i);
            String prefix = "sources[" + i + "]";
            if (valid.test(input, prefix)) {
                Change change = SourceService.change(stored.get(input.slug()), input);
                upsert(stored, input.slug(), change, Source::new,
                        s -> SourceService.apply(s, input, refs.parties(), errors.sink(), prefix + "."),
                        sources, refs::remember, () -> requireAdmin(prefix, "sources", change, input.slug()));
            }
        }
        written();
    }

    void incidents(List<NewIncident> batch) {
        Map<String, Incident> stored = stored(batch.stream().map(NewIncident::slug).toList(),
                chunk -> Incident.list("slug in ?1", chunk), row -> row.slug);
        for (int i = 0; i < batch.size(); i++) {
            NewIncident input = batch.get(i);
            if (valid.test(input, "incidents[" + i + "]")) {
                upsert(stored, input.slug(), IncidentService.change(stored.get(input.slug()), input), Incident::new,
                        row -> IncidentService.apply(row, input), incidents, refs::remember, () -> { });
            }
        }
        written();
    }

    /**
     * The rows already stored among the slugs named, by slug: read in a few statements (a query per record
     * would make each flush the rows written before it, again), at most {@value #LOOKUP} slugs each, well
     * under PostgreSQL's 32,767 parameters of one statement.
     */
    private static <E> Map<String, E> stored(List<String> named, Function<List<String>, List<E>> query,
                                             Function<E, String> slug) {
        List<String> slugs = named.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, E> bySlug = new HashMap<>();
        for (int from = 0; from < slugs.size(); from += LOOKUP) {
            query.apply(slugs.subList(from, Math.min(slugs.size(), from + LOOKUP)))
                    .forEach(row -> bySlug.put(slug.apply(row), row));
        }
        return bySlug;
    }

    /**
     * The one way an import stores a party, source or incident: an unchanged one is only remembered; a new
     * or changed one is written unless some record of the import is invalid, and then {@code check}ed once
     * its section is written ({@link #written()}). {@code stored} holds the section's rows by slug, this
     * one's as it now is once written, so that a slug repeated later in the batch finds it.
     */
    private <E extends Revisioned> void upsert(Map<String, E> stored, String slug, Change change, Supplier<E> blank,
                                               Consumer<E> apply, Tally tally, Consumer<E> remember, Runnable check) {
        E row = stored.get(slug);
        if (change != Change.UNCHANGED) {
            row = row == null ? blank.get() : row;
            apply.accept(row);
            if (errors.any()) {
                return;
            }
            row.recordBy(actor, reason);
            row.persist();
            checks.add(check);
            stored.put(slug, row);
        }
        remember.accept(row);
        tally.count(change);
    }

    /**
     * Writes a section's rows in one flush (a flush per row walked every row written before it: 50,000
     * incidents took minutes) and then runs their checks: once the database has taken the rows, so that
     * bad input is a 400 whoever sends it.
     */
    private void written() {
        Panache.flush();
        List<Runnable> due = List.copyOf(checks);
        checks.clear();
        due.forEach(Runnable::run);
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
