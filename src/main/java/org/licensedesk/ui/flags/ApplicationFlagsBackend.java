package org.licensedesk.ui.flags;

import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.flags.FlagService;

/** What the details' risk flags need of the flag service; tests pass a fake. */
public interface ApplicationFlagsBackend {
    /** Every flag on the application, open and cleared, oldest first. */
    List<Flag> flags(String reference);

    /** Clears an open flag with a note; the service refuses with a sentence (a {@code FlagRefusedException}). */
    Flag clear(User by, long flagId, String note);

    static ApplicationFlagsBackend of(FlagService service) {
        return new ApplicationFlagsBackend() {
            @Override
            public List<Flag> flags(String reference) {
                return service.flags(reference);
            }

            @Override
            public Flag clear(User by, long flagId, String note) {
                return service.clear(by, flagId, note);
            }
        };
    }
}
