package org.claimledger.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.claimledger.common.idempotency.Reply;
import org.claimledger.common.idempotency.IdempotentRequest;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.claimledger.common.DomainException;
import org.claimledger.common.JsonErrors;
import org.claimledger.common.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Imports run in one transaction each: everything in a batch is stored, or nothing is. */
@ApplicationScoped
public class ImportService {
    private final EntityManager em;
    private final Validator validator;
    private final ObjectMapper json;
    private final Limits limits;
    private final IdempotencyKeys idempotency;

    ImportService(EntityManager em, Validator validator, ObjectMapper json, Limits limits,
                  IdempotencyKeys idempotency) {
        this.em = em;
        this.validator = validator;
        this.json = json;
        this.limits = limits;
        this.idempotency = idempotency;
    }

    /** A batch already in memory (the bundled dataset), by the system or an operator at the command line. */
    @Transactional
    public ImportReport importBatch(ImportBatch batch, String actor) {
        UUID id = UUID.randomUUID();
        ImportSession session = session(id, actor, true);
        session.parties(batch.parties());
        session.sources(batch.sources());
        session.incidents(batch.incidents());
        for (int i = 0; i < batch.claims().size(); i++) {
            session.claim(i, batch.claims().get(i));
        }
        for (int i = 0; i < batch.links().size(); i++) {
            session.link(i, batch.links().get(i));
        }
        return session.finish(id, "json");
    }

    /** A JSON batch read as a stream, by an operator at the command line (who may write anything). */
    @Transactional
    public ImportReport importJson(InputStream body, String actor) {
        return importJson(body, actor, true);
    }

    /**
     * A JSON batch read as a stream. Unless {@code mayAdminister}, a batch that would create or change a
     * source or party is refused with 403, as on those resources' own endpoints.
     */
    @Transactional
    public ImportReport importJson(InputStream body, String actor, boolean mayAdminister) {
        UUID id = UUID.randomUUID();
        ImportSession session = session(id, actor, mayAdminister);
        try {
            new JsonBatchReader(json, session).read(body);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw JsonErrors.malformed(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
        return session.finish(id, "json");
    }

    /** An import run the way a client's POST runs it: once per Idempotency-Key. */
    @FunctionalInterface
    public interface Format {
        Reply<ImportReport> run(InputStream body, IdempotentRequest<ImportReport> request);
    }

    /** A JSON batch posted by a client, imported once however often it is sent with the same key. */
    @Transactional
    public Reply<ImportReport> importJson(InputStream body, String actor, boolean mayAdminister,
                                          IdempotentRequest<ImportReport> request) {
        return idempotency.once(request, () -> importJson(body, actor, mayAdminister));
    }

    /** CSV rows posted by a client, imported once however often they are sent with the same key. */
    @Transactional
    public Reply<ImportReport> importCsv(InputStream body, String actor, IdempotentRequest<ImportReport> request) {
        return idempotency.once(request, () -> importCsv(body, actor));
    }

    /** Claims as CSV rows (sources and parties must exist). */
    @Transactional
    public ImportReport importCsv(InputStream body, String actor) {
        UUID id = UUID.randomUUID();
        ImportSession session = session(id, actor, false);
        CsvClaims.read(new CsvRowCap(body, limits.maxCsvRowSize().asLongValue()), session);
        return session.finish(id, "csv");
    }

    static DomainException unreadable(IOException e) {
        return new DomainException(DomainException.Kind.INVALID, "unreadable-body", "Unreadable body",
                "the request body could not be read to its end; nothing was imported");
    }

    public ImportRunView get(UUID id) {
        return ImportRuns.get(em, id);
    }

    private ImportSession session(UUID id, String actor, boolean mayAdminister) {
        return new ImportSession(em, validator, actor, "import " + id, limits.maxImportClaims(), mayAdminister);
    }
}
