package org.licensedesk.ui.screening;

import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;

/** What the Screening tab needs of the screening services; tests pass a fake. */
public interface ScreeningBackend {
    List<ScreeningHit> hits(String reference);

    /** Why this user may not record dispositions on the application; empty when they may. */
    Optional<String> dispositionRefusal(User user, String reference);

    /** Records a verdict for the party {@code partyName} (as screened) in the role {@code party} alone. */
    ScreeningHit dispose(User user, String reference, ScreenedParty party, String partyName, String entryKey,
            ScreeningDisposition verdict, String note);

    static ScreeningBackend of(ScreeningService screening, ScreeningDispositions dispositions) {
        return new ScreeningBackend() {
            @Override
            public List<ScreeningHit> hits(String reference) {
                return screening.hits(reference);
            }

            @Override
            public Optional<String> dispositionRefusal(User user, String reference) {
                return dispositions.refusal(user, reference);
            }

            @Override
            public ScreeningHit dispose(User user, String reference, ScreenedParty party, String partyName,
                    String entryKey, ScreeningDisposition verdict, String note) {
                return dispositions.dispose(user, reference, party, partyName, entryKey, verdict, note);
            }
        };
    }
}
