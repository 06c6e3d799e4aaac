package org.licensedesk.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.message.TraceSystem;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.store.FileLock;
import org.h2.store.FileLockMethod;

/**
 * Rewrites a closed H2 file as {@code SHUTDOWN COMPACT} does (every live page copied, LZF-compressed, into a new file
 * that replaces the old), but in chunks of up to {@value #MAX_CHUNK_MB} MB of pages instead of H2's 19 MB. Why: H2
 * reads every chunk's metadata when it opens a file (in {@code RandomAccessStore.readStoreHeader}), and the desk's
 * launch waits for that opening. A 1,000,000-application file compacted by H2 had 8,810 chunks; the 100,000 file
 * rewritten into 8,639 chunks painted its queue 84–189 ms later (medians of alternating launches) than with its 637
 * (issue 11, decision 0012).
 *
 * <p>H2 2.5.252 has no public setting for the chunk size of its compaction: the copy is H2's own
 * ({@code MVStore.compact(MVStore, MVStore)}, private), called with a target store whose {@code autoCommitBufferSize}
 * is larger. When that method is not there (another H2 version), {@link #available} says so and the caller compacts
 * the usual way. The file is held with H2's own file lock while it is rewritten, so no other process opens it
 * meanwhile.
 */
final class H2LargeChunkCompaction {
    /** Pages per chunk, in MB of H2's memory estimate (H2's own compaction: 19). */
    static final int MAX_CHUNK_MB = 256;
    private static final String LOCK_SUFFIX = ".lock.db";

    private H2LargeChunkCompaction() {
    }

    /** Whether this H2 has the copy routine the rewrite calls. */
    static boolean available() {
        return copyMethod() != null;
    }

    /**
     * Rewrites the closed database {@code base} (its {@code .mv.db} file) in large chunks.
     *
     * @return true when the file was rewritten; false, with nothing changed, when another program opened it after it
     *         was closed (its lock is held)
     * @throws StoreException when the file cannot be rewritten (the original file is then unchanged)
     */
    static boolean rewrite(Path base) {
        Method copy = copyMethod();
        if (copy == null) {
            throw new StoreException("This H2 cannot compact " + base + " in large chunks; nothing was changed.");
        }
        String file = Database.dataFile(base).toString();
        String temporary = file + ".tempFile";
        FileLock lock = new FileLock(new TraceSystem(null), base + LOCK_SUFFIX, 1_000);
        try {
            lock.lock(FileLockMethod.FILE);
        } catch (RuntimeException inUse) {
            return false;
        }
        try {
            Files.deleteIfExists(Path.of(temporary));
            try (MVStore target = new MVStore.Builder().fileName(temporary).compress()
                    .autoCommitBufferSize(chunkKilobytes()).open();
                 MVStore source = new MVStore.Builder().fileName(file).readOnly().open()) {
                copy.invoke(null, source, target);
            }
            MVStoreTool.moveAtomicReplace(temporary, file);
            return true;
        } catch (InvocationTargetException e) {
            throw failed(base, e.getCause(), temporary);
        } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
            throw failed(base, e, temporary);
        } finally {
            lock.unlock();
        }
    }

    /** The chunk size for this process: {@value #MAX_CHUNK_MB} MB, or a quarter of a smaller heap. */
    static int chunkKilobytes() {
        long quarterOfHeap = Runtime.getRuntime().maxMemory() / 4 / 1024;
        return (int) Math.max(19 * 1024, Math.min(MAX_CHUNK_MB * 1024L, quarterOfHeap));
    }

    private static Method copyMethod() {
        try {
            Method method = MVStore.class.getDeclaredMethod("compact", MVStore.class, MVStore.class);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private static StoreException failed(Path base, Throwable cause, String temporary) {
        try {
            Files.deleteIfExists(Path.of(temporary));
        } catch (java.io.IOException | RuntimeException ignored) {
            // the next compaction or open removes it (H2's compactCleanUp)
        }
        return new StoreException("The database " + base + " could not be compacted; it is unchanged. " + cause,
                cause);
    }
}
