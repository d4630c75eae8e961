package org.claimledger.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Serves HTTP until stopped, or runs one command given on the command line and exits. */
public class ClaimLedgerApp implements QuarkusApplication {

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        System.err.println("unknown command: " + String.join(" ", args));
        return 2;
    }
}
