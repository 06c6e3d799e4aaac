package org.licensedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.letter.LetterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-letter FILE} or {@code verify-letter --hash SHA256}: checks a decision letter's PDF, or the hash a
 * printed letter's QR code carries, against the audit trail. Exit 0 when an intact LETTER_ISSUED entry recorded it,
 * 1 otherwise.
 */
@Command(name = "verify-letter", description = {"Check a decision letter against the audit trail.",
        "FILE: the PDF's SHA-256 must be one a LETTER_ISSUED entry recorded. --hash: the SHA-256 printed under a "
                + "letter's QR code (or read from it). Exit status 0 if it matches, 1 if not."})
public final class VerifyLetterCommand extends DeskCommand {
    private static final Pattern SHA256 = Pattern.compile("(?i)(sha256:)?[0-9a-f]{64}");

    private final BackendOpener opener;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The letter's PDF file.")
    Path file;

    @Option(names = "--hash", paramLabel = "SHA256", description = "A hash read from a printed letter instead.")
    String hash;

    @Mixin
    DatabaseOption database;

    public VerifyLetterCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        if ((file == null) == (hash == null)) {
            throw new UsageException("give a letter FILE or --hash SHA256, one of the two");
        }
        if (hash != null && !SHA256.matcher(hash.strip()).matches()) {
            throw new UsageException("--hash must be 64 hexadecimal digits (a SHA-256), not \"" + hash + "\"");
        }
        byte[] pdf = null;
        if (file != null) {
            try {
                pdf = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new CommandFailure("there is no file " + file + "; check the path");
            } catch (IOException e) {
                throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
            }
        }
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            LetterService.Verification result = pdf != null ? backend.letters().verifyFile(pdf)
                    : backend.letters().verifyHash(hash);
            String what = file != null ? file.toString() : "hash " + result.sha256();
            if (result.entry().isEmpty()) {
                throw new CommandFailure(what + " (SHA-256 " + result.sha256() + ") is not a letter this desk issued, "
                        + "or the file was changed after issue");
            }
            AuditEntry entry = result.entry().get();
            if (!result.matches()) {
                throw new CommandFailure(what + " was recorded in audit entry " + entry.seq() + ", but that entry no "
                        + "longer matches its hash: the trail was altered; run verify-audit");
            }
            java.time.ZoneId zone = backend.history().zone();
            String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                    java.time.Instant.parse(entry.at()).atZone(zone));
            out.printf("%s matches audit entry %d: %s letter of %s issued by %s at %s (%s)%n", what, entry.seq(),
                    result.kind(), entry.applicationRef(), entry.actor(), at, zone.getId());
        }
    }
}
