package org.claimledger.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

import java.util.Arrays;

/** Serves HTTP until stopped, or runs one command given on the command line and exits. */
public class ClaimLedgerApp implements QuarkusApplication {
    static final String USAGE = """
            usage: claimledger                      serve the API on http://localhost:8080
                   claimledger import <file|dir>    import a JSON batch file (streamed), or a folder of them
                   claimledger export <file>        write the whole dataset in the import format
                   claimledger generate <claims> <file> [seed]
                                                    write a synthetic batch of that many claims
                   claimledger token create <name> <editor|admin>
                   claimledger token list
                   claimledger token revoke <id>
                   claimledger release cut <version> [note]
                                                    keep the dataset as it is now as a citable release
                   claimledger release list""";

    @Inject
    Commands commands;

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "import" -> rest.length == 1 ? commands.importFrom(rest[0]) : usage();
            case "export" -> rest.length == 1 ? commands.exportTo(rest[0]) : usage();
            case "generate" -> rest.length >= 2 ? commands.generate(Long.parseLong(rest[0]), rest[1],
                    rest.length > 2 ? Long.parseLong(rest[2]) : 42) : usage();
            case "token" -> rest.length >= 1 ? commands.token(rest) : usage();
            case "release" -> rest.length >= 1 ? commands.release(rest) : usage();
            default -> usage();
        };
    }

    private static int usage() {
        System.err.println(USAGE);
        return 2;
    }
}
