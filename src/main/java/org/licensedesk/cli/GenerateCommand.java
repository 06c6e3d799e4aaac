package org.licensedesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate N}: appends N generated applications, for benchmarks and large test databases. */
@Command(name = "generate", description = {"Add N generated applications (benchmark and test databases).",
        "Each comes with a history built through the decision workflow. A missing database is created."})
public final class GenerateCommand extends DeskCommand {
    static final long DEFAULT_SEED = 1L;

    private final BackendOpener opener;

    @Parameters(paramLabel = "N", converter = Values.PositiveNumber.class,
            description = "How many applications to add.")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "The random seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DatabaseOption database;

    public GenerateCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        try (Backend backend = database.open(opener, BackendOpener.Mode.CREATE)) {
            long[] lastReported = {0};
            long written = backend.demo().generate(count, seed, done -> {
                if (done - lastReported[0] >= 50_000 || done == count) {
                    lastReported[0] = done;
                    err.printf("generated %,d of %,d%n", done, count);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("generated %d applications in %s in %.1f s%n", written, backend.storeDescription(), seconds);
            long compactStarted = System.nanoTime();
            if (!backend.storeDescription().startsWith("H2 ")) {
                out.println("a server store is not compacted by LicenseDesk (its administrator runs VACUUM)");
            } else if (backend.closeAndCompact()) {
                out.printf("compacted the database file in %.1f s%n", (System.nanoTime() - compactStarted) / 1e9);
            } else {
                out.println("the database is open in another program: not compacted");
            }
        }
    }
}
