package org.licensedesk.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Remembers what the user would have been told, instead of showing dialogs. */
public final class RecordingDialogService implements DialogService {
    public record Shown(String title, String message, String whatToDo) {
    }

    public final List<Shown> errors = new ArrayList<>();
    public final List<Shown> informations = new ArrayList<>();
    public final List<Shown> confirmations = new ArrayList<>();
    public final List<String> fileChoosers = new ArrayList<>();
    /** The files the user picks, one answer per file chooser; none left means Cancel. */
    public final Deque<List<Path>> fileAnswers = new ArrayDeque<>();
    /** What the user answers when asked to confirm. */
    public boolean confirmAnswer = true;

    @Override
    public void showError(String title, String whatHappened, String whatToDo, Throwable technicalDetail) {
        errors.add(new Shown(title, whatHappened, whatToDo));
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(new Shown(title, message, null));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(new Shown(title, message, confirmLabel));
        return confirmAnswer;
    }

    @Override
    public List<Path> chooseFiles(String title, String filterName, List<String> patterns, boolean several) {
        fileChoosers.add(title);
        List<Path> answer = fileAnswers.poll();
        return answer == null ? List.of() : answer;
    }
}
