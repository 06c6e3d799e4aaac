package org.licensedesk.store;

/**
 * The settings LicenseDesk opens H2 files with, chosen by measurement (docs/decisions/0009-h2-cache-size.md): a page
 * cache sized from a large heap instead of H2's fixed 16 MB, and a larger per-connection cache of parsed statements.
 * And one for durability (docs/decisions/0011-h2-chunks-at-the-end-of-the-file.md): new chunks go to the end of the
 * file, not into free space in its middle, where H2 2.5.252 can place a chunk that its recovery does not find.
 */
final class H2Settings {
    /** Overrides the page cache, in KB, to measure other sizes (the decision record says how). */
    static final String CACHE_SIZE_PROPERTY = "licensedesk.h2.cacheSizeKb";
    /** The share of the heap the page cache may take: one quarter. */
    static final int HEAP_SHARE_DIVISOR = 4;
    /** H2's own default (KB), kept for small heaps. */
    static final long MINIMUM_CACHE_KB = 16 * 1024;
    /**
     * The smallest heap (bytes) given a quarter: the size measured. Below it (imports in 128 MB, exports in 256 MB)
     * H2's default stays, so their memory bounds are as they were measured.
     */
    static final long SMALLEST_SHARED_HEAP = 1000L * 1024 * 1024;
    /** Parsed statements kept per connection; H2's default of 8 is fewer than one workflow action prepares. */
    static final int QUERY_CACHE_SIZE = 64;

    /**
     * H2 2.5.252 writes a chunk into free space and then a store header that names the chunk before it, whose "next"
     * prediction does not lead to the new one ({@code RandomAccessStore.writeChunk} writes the header before
     * {@code FileStore.storeBuffer} makes the new chunk the last): a process killed before a later header or a chunk
     * at the file's end loses commits it reported done. With reuse off every chunk is written at the end of the
     * file, where the recovery's search from the end finds it. {@link H2WriteThrough#beforeClose} turns reuse on
     * again and moves chunks into the free space before the file closes, which gives the space back.
     */
    static final String CHUNKS_AT_THE_END = ";REUSE_SPACE=FALSE";

    private H2Settings() {
    }

    /** The settings to append to a {@code jdbc:h2:file:} URL, for a process whose heap may grow to this size. */
    static String urlSettings(long maxHeapBytes) {
        return ";CACHE_SIZE=" + cacheSizeKb(maxHeapBytes) + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE
                + CHUNKS_AT_THE_END;
    }

    /** The page cache in KB: a quarter of a heap of 1 GB or more, else H2's default; or the measuring override. */
    static long cacheSizeKb(long maxHeapBytes) {
        String override = System.getProperty(CACHE_SIZE_PROPERTY);
        if (override != null && !override.isBlank()) {
            try {
                return Math.max(1, Long.parseLong(override.strip()));
            } catch (NumberFormatException e) {
                throw new StoreException("The system property " + CACHE_SIZE_PROPERTY + " must be a number of KB, "
                        + "not '" + override + "'.");
            }
        }
        if (maxHeapBytes < SMALLEST_SHARED_HEAP || maxHeapBytes == Long.MAX_VALUE) {
            return MINIMUM_CACHE_KB;
        }
        return Math.max(MINIMUM_CACHE_KB, maxHeapBytes / 1024 / HEAP_SHARE_DIVISOR);
    }
}
