package org.licensedesk.ui.palette;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The command palette: every command the user may run now, filtered as they type. Each typed word must occur in the
 * command's name or menu (any case, any script); names that begin with what was typed come first, then names with a
 * word that does, then the rest, each in menu order. Up and Down move the choice, Enter runs it.
 */
public final class PaletteViewModel {
    private final List<PaletteCommand> commands;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<PaletteCommand>> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<PaletteCommand> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    /** @param commands the commands allowed now, in the order the menus list them */
    public PaletteViewModel(List<PaletteCommand> commands) {
        this.commands = List.copyOf(commands);
        filter.addListener((observable, before, typed) -> refilter());
        refilter();
    }

    private void refilter() {
        String typed = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<String> words = typed.isEmpty() ? List.of() : Arrays.asList(typed.split("\\s+"));
        List<PaletteCommand> matching = new ArrayList<>();
        for (PaletteCommand command : commands) {
            String searched = command.searchText();
            if (words.stream().allMatch(searched::contains)) {
                matching.add(command);
            }
        }
        // A stable sort keeps the menus' order within each rank.
        matching.sort(Comparator.comparingInt(command -> rank(command, typed)));
        shown.set(List.copyOf(matching));
        chosen.set(matching.isEmpty() ? null : matching.get(0));
    }

    private static int rank(PaletteCommand command, String typed) {
        if (typed.isEmpty()) {
            return 0;
        }
        String name = command.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(typed)) {
            return 0;
        }
        if (name.contains(" " + typed)) {
            return 1;
        }
        return name.contains(typed) ? 2 : 3;
    }

    /** Moves the choice by {@code steps} (negative: up), stopping at either end. */
    public void move(int steps) {
        List<PaletteCommand> list = shown.get();
        if (list.isEmpty()) {
            return;
        }
        int at = chosen.get() == null ? 0 : list.indexOf(chosen.get());
        chosen.set(list.get(Math.max(0, Math.min(list.size() - 1, at + steps))));
    }

    public void choose(PaletteCommand command) {
        if (command != null && shown.get().contains(command)) {
            chosen.set(command);
        }
    }

    /** The chosen command, to run once the palette has closed; null when nothing matches. */
    public PaletteCommand chosenCommand() {
        return chosen.get();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<PaletteCommand>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PaletteCommand> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public List<PaletteCommand> commands() {
        return commands;
    }
}
