package org.licensedesk.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;

/** What the benchmark commands share: timing one piece of work N times ({@code --runs N}) and printing it. */
final class BenchmarkRuns {
    private BenchmarkRuns() {
    }

    /** Runs the work {@code runs} times and prints first / median / max milliseconds; returns the last result. */
    static <T> T time(PrintWriter out, String what, int runs, Supplier<T> work) {
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
}
