package org.claimledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.claimledger.auth.NewToken;
import org.claimledger.auth.TokenService;
import org.claimledger.common.DomainException;
import org.claimledger.ingest.DatasetExport;
import org.claimledger.ingest.DatasetLoader;
import org.claimledger.ingest.ImportReport;
import org.claimledger.ingest.ImportService;
import org.claimledger.release.NewRelease;
import org.claimledger.release.ReleaseView;
import org.claimledger.release.Releases;
import org.claimledger.synthetic.SyntheticDataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The command-line commands: the same services as the API, run by whoever can reach the database. */
@ApplicationScoped
public class Commands {
    private static final String ACTOR = "cli:" + System.getProperty("user.name", "unknown");

    private final ImportService imports;
    private final DatasetLoader datasets;
    private final DatasetExport export;
    private final TokenService tokens;
    private final Releases releases;
    private final ObjectMapper json;

    Commands(ImportService imports, DatasetLoader datasets, DatasetExport export, TokenService tokens,
             Releases releases, ObjectMapper json) {
        this.releases = releases;
        this.imports = imports;
        this.datasets = datasets;
        this.export = export;
        this.tokens = tokens;
        this.json = json;
    }

    @ActivateRequestContext
    int importFrom(String location) throws IOException {
        Path path = Path.of(location);
        long started = System.nanoTime();
        try {
            ImportReport report;
            if (Files.isDirectory(path)) {
                report = imports.importBatch(datasets.read(location), ACTOR);
            } else {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
                    report = imports.importJson(in, ACTOR);
                }
            }
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            System.err.printf("imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (DomainException e) {
            System.err.println("nothing was imported: " + e.getMessage());
            e.errors().stream().limit(50).forEach(err -> System.err.println("  " + err.field() + ": " + err.message()));
            return 1;
        }
    }

    @ActivateRequestContext
    int exportTo(String file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(file)), 1 << 16)) {
            export.stream().writeTo(out);
        }
        return 0;
    }

    int generate(long claims, String file, long seed) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(file)), 1 << 16)) {
            new SyntheticDataset(claims, seed).write(out, json);
        }
        return 0;
    }

    @ActivateRequestContext
    int token(String... args) {
        switch (args[0]) {
            case "create" -> {
                if (args.length != 3 || !args[2].matches("editor|admin")) {
                    System.err.println(ClaimLedgerApp.USAGE);
                    return 2;
                }
                System.out.println(tokens.create(new NewToken(args[1], args[2]), ACTOR).token());
            }
            case "list" -> tokens.list().forEach(t -> System.out.printf("%s  %-7s %-30s %s%n", t.id(), t.role(),
                    t.name(), t.revokedAt() == null ? "active" : "revoked " + t.revokedAt()));
            case "revoke" -> System.out.println("revoked " + tokens.revoke(UUID.fromString(args[1]), ACTOR).name());
            default -> {
                System.err.println(ClaimLedgerApp.USAGE);
                return 2;
            }
        }
        return 0;
    }

    @ActivateRequestContext
    int release(String... args) throws IOException {
        if (args[0].equals("cut") && (args.length == 2 || args.length == 3)) {
            try {
                ReleaseView release = releases.cut(new NewRelease(args[1], args.length == 3 ? args[2] : null), ACTOR);
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(release));
                return 0;
            } catch (DomainException e) {
                System.err.println("no release was cut: " + e.getMessage());
                return 1;
            }
        }
        if (args[0].equals("list") && args.length == 1) {
            String cursor = null;
            do {
                var page = releases.list(cursor, 100);
                page.items().forEach(r -> System.out.printf("%-16s %s  %d claims  sha256 %s%n", r.version(),
                        r.createdAt(), r.counts().claims(), r.sha256()));
                cursor = page.nextCursor();
            } while (cursor != null);
            return 0;
        }
        System.err.println(ClaimLedgerApp.USAGE);
        return 2;
    }
}
