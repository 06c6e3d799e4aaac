package org.licensedesk.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Dialogs the view models need, behind an interface so their tests can check what the user would be told.
 * Calls wait until the user closes the dialog.
 */
public interface DialogService {

    /**
     * @param whatHappened a sentence the user understands, such as a service's error message
     * @param whatToDo     what the user can do about it
     */
    default void showError(String title, String whatHappened, String whatToDo) {
        showError(title, whatHappened, whatToDo, null);
    }

    /** As above, with the failure kept behind an expandable "details" area for support staff. */
    void showError(String title, String whatHappened, String whatToDo, Throwable technicalDetail);

    void showInformation(String title, String message);

    /**
     * Asks before something that cannot be undone.
     *
     * @param confirmLabel the button that goes ahead, saying what it does (such as "Deactivate")
     * @return whether the user chose to go ahead
     */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks for files to open, behind this interface so window tests can answer it.
     *
     * @param filterName what the files are, such as "Intake files (*.json)"
     * @param patterns   such as "*.json"
     * @param several    whether more than one file may be chosen
     * @return the chosen files; empty when the user cancelled
     */
    List<Path> chooseFiles(String title, String filterName, List<String> patterns, boolean several);

    /** After the user switched language: the dialog service's own texts (buttons, captions) follow. */
    default void useLanguage(Messages messages) {
    }
}
