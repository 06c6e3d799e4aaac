package org.licensedesk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Supplier;

/** What the benchmark commands share: their {@code --runs N} option and timing one piece of work N times. */
final class BenchmarkRuns {
    private BenchmarkRuns() {
    }

    /** The number given with {@code --runs}, or the command's default; refuses anything but a positive number. */
    static int option(CommandLine arguments, int byDefault) {
        return arguments.option("runs").map(BenchmarkRuns::parse).orElse(byDefault);
    }

    /** Runs the work {@code runs} times and prints first / median / max milliseconds; returns the last result. */
    static <T> T time(PrintStream out, String what, int runs, Supplier<T> work) {
        long[] millis = new long[runs];
        T result = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = work.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        long first = millis[0];
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf("%-32s %7d / %7d / %7d%n", what, first, sorted[runs / 2], sorted[runs - 1]);
        return result;
    }

    private static int parse(String text) {
        try {
            int runs = Integer.parseInt(text);
            if (runs < 1) {
                throw new NumberFormatException();
            }
            return runs;
        } catch (NumberFormatException e) {
            throw new UsageException("--runs must be a positive whole number, not " + text);
        }
    }
}
