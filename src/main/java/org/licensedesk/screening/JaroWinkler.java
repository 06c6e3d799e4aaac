package org.licensedesk.screening;

/**
 * Jaro-Winkler similarity (Winkler 1990): Jaro's matching-characters measure, raised for a common prefix of up
 * to four characters with scaling factor 0.1. Works on char arrays so the matcher avoids copying.
 */
public final class JaroWinkler {
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        return similarity(a.toCharArray(), b.toCharArray());
    }

    /** 1.0 for equal strings, 0.0 when no characters match; two empty strings are equal. */
    public static double similarity(char[] a, char[] b) {
        double jaro = jaro(a, b);
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(a.length, b.length));
        while (prefix < limit && a[prefix] == b[prefix]) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
    }

    static double jaro(char[] a, char[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        char[] shorter = a.length <= b.length ? a : b;
        char[] longer = a.length <= b.length ? b : a;
        int window = Math.max(0, longer.length / 2 - 1);
        boolean[] taken = new boolean[longer.length];
        char[] matchedShort = new char[shorter.length];
        int matches = 0;
        for (int i = 0; i < shorter.length; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(longer.length - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!taken[j] && shorter[i] == longer[j]) {
                    taken[j] = true;
                    matchedShort[matches++] = shorter[i];
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int j = 0; j < longer.length; j++) {
            if (taken[j]) {
                if (longer[j] != matchedShort[k]) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / shorter.length + m / longer.length + (m - transpositions / 2.0) / m) / 3.0;
    }
}
