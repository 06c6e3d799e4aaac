package org.licensedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.licensedesk.domain.User;
import org.licensedesk.letter.LetterKind;
import org.licensedesk.letter.LetterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code letter REF --kind KIND --out FILE}: writes and issues a decision letter as PDF. */
@Command(name = "letter", description = {"Write and issue a decision letter as PDF (Chinese and English).",
        "Kinds: APPROVAL, DENIAL, INFO_REQUEST, RETURN_WITHOUT_ACTION, SUSPENSION, REVOCATION. The letter's SHA-256 "
                + "is recorded in a LETTER_ISSUED audit entry; verify-letter FILE checks a copy later."})
public final class LetterCommand extends DeskCommand {
    private final BackendOpener opener;

    @Parameters(paramLabel = "REF", description = "The application's reference.")
    String reference;

    @Option(names = "--kind", paramLabel = "KIND", required = true,
            description = "Which letter: ${COMPLETION-CANDIDATES}.")
    LetterKind kind;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF file to write.")
    Path target;

    @Mixin
    SignInOptions signIn;

    @Mixin
    DatabaseOption database;

    public LetterCommand(BackendOpener opener) {
        this(opener, SignInOptions.fromSystem());
    }

    LetterCommand(BackendOpener opener, SignInOptions signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    @Override
    void run(PrintWriter out, PrintWriter err) {
        OutputFile.checked(target);
        try (Backend backend = database.open(opener, BackendOpener.Mode.EXISTING)) {
            User user = signIn.signIn(backend.accounts());
            LetterService.IssuedLetter letter = backend.letters().issue(user, reference, kind);
            try {
                Files.write(target, letter.pdf());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.printf("wrote %s (%s letter of %s, %,d bytes); SHA-256 %s recorded in audit entry %d%n", target, kind,
                    reference, letter.pdf().length, letter.fileSha256(), letter.entry().seq());
        }
    }
}
