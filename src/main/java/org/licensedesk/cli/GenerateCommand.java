package org.licensedesk.cli;

import java.io.PrintStream;

/** {@code generate N}: appends N generated applications, for benchmarks and large test databases. */
public final class GenerateCommand implements Command {
    static final long DEFAULT_SEED = 1L;

    private final BackendOpener opener;

    public GenerateCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate N [--seed S] [--db PATH]    add N generated applications";
    }

    @Override
    public void run(CommandLine arguments, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 2) {
            throw new UsageException("expected the number of applications");
        }
        int count = parsePositive(arguments.positional().get(1), "N");
        long seed = arguments.option("seed").map(GenerateCommand::parseSeed).orElse(DEFAULT_SEED);
        long started = System.nanoTime();
        try (Backend backend = opener.open(arguments.databaseOption(), BackendOpener.Mode.CREATE)) {
            long[] lastReported = {0};
            long written = backend.demo().generate(count, seed, done -> {
                if (done - lastReported[0] >= 50_000 || done == count) {
                    lastReported[0] = done;
                    err.printf("generated %,d of %,d%n", done, count);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("generated %d applications in %s in %.1f s%n", written, backend.databaseLocation(), seconds);
            long compactStarted = System.nanoTime();
            if (backend.closeAndCompact()) {
                out.printf("compacted the database file in %.1f s%n", (System.nanoTime() - compactStarted) / 1e9);
            } else {
                out.println("the database is open in another program: not compacted");
            }
        }
    }

    private static int parsePositive(String text, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value <= 0) {
                throw new UsageException(what + " must be a positive whole number, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a positive whole number, not " + text);
        }
    }

    private static long parseSeed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, not " + text);
        }
    }
}
