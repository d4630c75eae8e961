package org.claimledger.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Claim;
import org.claimledger.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * On the first start against an empty database, loads a dataset through the same import code as
 * POST /api/v1/imports: the bundled Karabakh 2020 dataset unless claimledger.dataset.location names
 * another (a folder of batch files, read in name order, or one file).
 */
@ApplicationScoped
public class DatasetLoader {
    static final String BUNDLED = "classpath:datasets/karabakh-2020";
    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    /** The advisory lock that lets one instance at a time load the dataset ("cldata" in ASCII). */
    static final long LOCK = 0x636c_6461_7461L;

    private final ImportService imports;
    private final ObjectMapper json;
    private final EntityManager em;

    DatasetLoader(ImportService imports, ObjectMapper json, EntityManager em) {
        this.imports = imports;
        this.json = json;
        this.em = em;
    }

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "claimledger.dataset.load-on-empty", defaultValue = "true") boolean enabled,
                 @ConfigProperty(name = "claimledger.dataset.location", defaultValue = BUNDLED) String location) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(() -> loadIfEmpty(location));
        }
    }

    /**
     * Several instances may start at once against one empty database: the first to take the lock loads
     * the dataset, the others wait for its commit and then find claims. The lock is released with the
     * transaction, also when the loading instance dies.
     */
    private void loadIfEmpty(String location) {
        em.createNativeQuery("SELECT true FROM pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        if (Claim.count() > 0) {
            return;
        }
        try {
            ImportReport report = imports.importBatch(read(location), "system:dataset-loader");
            LOG.infof("loaded the dataset %s: %d parties, %d sources, %d incidents, %d claims, %d links", location,
                    report.parties().total(), report.sources().total(), report.incidents().total(),
                    report.claims().total(), report.links().total());
        } catch (DomainException e) {
            e.errors().stream().limit(50).forEach(err -> LOG.errorf("  %s: %s", err.field(), err.message()));
            throw new IllegalStateException("the dataset " + location + " is invalid: " + e.getMessage(), e);
        }
    }

    /** All batch files of a dataset, concatenated. */
    public ImportBatch read(String location) {
        List<ImportBatch> batches = new ArrayList<>();
        for (String file : files(location)) {
            try (InputStream in = open(location, file)) {
                batches.add(json.readValue(in, ImportBatch.class));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read dataset file " + file + ": " + e.getMessage(), e);
            }
        }
        return ImportBatch.concat(batches);
    }

    /** File names in load order: a classpath folder lists them in index.txt; a folder is read in name order. */
    static List<String> files(String location) {
        if (location.startsWith("classpath:")) {
            try (InputStream index = open(location, "index.txt")) {
                return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path path = Path.of(location);
        if (!Files.isDirectory(path)) {
            return List.of("");
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String location, String file) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()) + "/" + file;
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return in;
        }
        Path path = file.isEmpty() ? Path.of(location) : Path.of(location, file);
        return Files.newInputStream(path);
    }
}
