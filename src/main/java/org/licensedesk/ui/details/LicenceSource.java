package org.licensedesk.ui.details;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.letter.LetterKind;
import org.licensedesk.letter.LetterService;
import org.licensedesk.licence.LicenceService;

/** What the Licence tab needs of the services: the application's licence, and letters to issue. */
public interface LicenceSource {

    /** An application's licence as of today, with its shipments; empty when it has none. */
    Optional<Shown> licenceOf(String reference);

    /** Issues a letter and writes its PDF to {@code target}; returns the SHA-256 recorded in the trail. */
    String saveLetter(User actor, String reference, LetterKind kind, Path target) throws java.io.IOException;

    /** A licence, what its status is today, and what has been shipped under it. */
    record Shown(Licence licence, String status, List<RecordedShipment> shipments) {
    }

    static LicenceSource of(LicenceService licences, LetterService letters) {
        return new LicenceSource() {
            @Override
            public Optional<Shown> licenceOf(String reference) {
                return licences.licenceOf(reference).map(licence -> new Shown(licence,
                        licence.status(licences.today()).name(), licences.shipments(licence.number())));
            }

            @Override
            public String saveLetter(User actor, String reference, LetterKind kind, Path target)
                    throws java.io.IOException {
                LetterService.IssuedLetter letter = letters.issue(actor, reference, kind);
                java.nio.file.Files.write(target, letter.pdf());
                return letter.fileSha256();
            }
        };
    }
}
