package org.licensedesk.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each workstation remembers the last head of the audit chain it saw, per database, in the user's data folder
 * ({@code <data folder>/heads/<SHA-256 of the database's path, 16 hex>.properties}: the database's path, seq and
 * hash). On sign-in the chain must extend it: the entry at that seq must still be there with that hash. When it is
 * not (the chain was rewritten or cut since), the sign-in gets a warning naming the seq, recorded once in the trail
 * as a {@code TRAIL_MISMATCH} of kind {@code WORKSTATION_HEAD}, and the remembered head is kept, so every later
 * sign-in on this workstation warns again until someone looks. When it is extended, the current head is remembered.
 * The file is outside the database: whoever rewrites the database must also reach every workstation's file.
 */
public final class WorkstationHeads {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationHeads.class);

    private final Path folder;
    private final AuditRepository entries;
    private final TrailAgreement agreement;

    /**
     * @param folder    where the remembered heads are kept ({@link #in})
     * @param entries   the trail of the open database
     * @param agreement records a divergence once
     */
    public WorkstationHeads(Path folder, AuditRepository entries, TrailAgreement agreement) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.agreement = Objects.requireNonNull(agreement, "agreement");
    }

    /** The heads folder inside a user's data folder. */
    public static Path in(Path dataFolder) {
        return dataFolder.resolve("heads");
    }

    /** What this workstation remembered, and what the chain holds at that seq now (null hash: no entry). */
    public record Divergence(long seq, String rememberedHash, String hashNow, long headSeqNow, String sentence) {
    }

    /** A head this workstation remembers. */
    public record Seen(long seq, String hash) {
    }

    /**
     * Compares the chain of the database at {@code databaseLocation} with the head this workstation saw last, on
     * {@code user}'s sign-in: remembers the current head when the chain extends the old one (or none was
     * remembered), otherwise records the divergence once and returns it.
     */
    public Optional<Divergence> checkOnSignIn(Path databaseLocation, User user) {
        Objects.requireNonNull(user, "user");
        Path file = fileFor(databaseLocation);
        Optional<Seen> remembered = read(file);
        AuditEntryHead head = entries.head();
        if (remembered.isPresent()) {
            Seen seen = remembered.get();
            Optional<AuditEntry> now = seen.seq() == 0 ? Optional.empty() : entries.entryAt(seen.seq());
            boolean extended = seen.seq() == 0 || seen.seq() <= head.seq() && now.isPresent()
                    && now.get().hash().equals(seen.hash());
            if (!extended) {
                Divergence divergence = divergence(seen, now.map(AuditEntry::hash).orElse(null), head.seq());
                agreement.recordApart(new TrailAgreement.Finding(TrailAgreement.Kind.WORKSTATION_HEAD,
                        databaseLocation.toAbsolutePath().normalize().toString(), seen.hash(),
                        divergence.hashNow() == null ? "missing" : divergence.hashNow(), seen.seq(), user.username(),
                        user.role(), null, divergence.sentence()));
                return Optional.of(divergence);
            }
        }
        remember(file, databaseLocation, new Seen(head.seq(), head.hash()));
        return Optional.empty();
    }

    private static Divergence divergence(Seen seen, String hashNow, long headSeqNow) {
        String what = hashNow == null
                ? "the chain now ends at entry " + headSeqNow + ", so it was cut"
                : "entry " + seen.seq() + " now has another hash, so the chain was rewritten";
        return new Divergence(seen.seq(), seen.hash(), hashNow, headSeqNow, "This workstation last saw the audit chain "
                + "end at entry " + seen.seq() + ", but " + what + " since. Tell a supervisor: verify the trail "
                + "against the last checkpoint (verify-audit --checkpoint).");
    }

    /** The head remembered for a database, if any. */
    public Optional<Seen> remembered(Path databaseLocation) {
        return read(fileFor(databaseLocation));
    }

    private Optional<Seen> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(new Seen(Long.parseLong(properties.getProperty("seq", "").strip()),
                    properties.getProperty("hash", "").strip()));
        } catch (IOException | NumberFormatException e) {
            // An unreadable file remembers nothing; it is written again below.
            LOG.warn("Cannot read the remembered audit head {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private void remember(Path file, Path databaseLocation, Seen seen) {
        Properties properties = new Properties();
        properties.setProperty("database", databaseLocation.toAbsolutePath().normalize().toString());
        properties.setProperty("seq", Long.toString(seen.seq()));
        properties.setProperty("hash", seen.hash());
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "head", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "The last audit-chain head this workstation saw (LicenseDesk)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Sign-in goes on: the head is remembered next time.
            LOG.warn("Cannot remember the audit head in {}: {}", file, e.toString());
        }
    }

    /** The file for a database: one per database path. */
    public Path fileFor(Path databaseLocation) {
        String path = databaseLocation.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 8) + ".properties");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
