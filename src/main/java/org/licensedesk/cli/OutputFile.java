package org.licensedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an {@code --out FILE} before a command signs in and works, so a mistyped folder costs no password. */
final class OutputFile {
    private OutputFile() {
    }

    static Path checked(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + " is a folder; give the file to write, such as "
                    + file.resolve("audit.json"));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailure("there is no folder " + folder + " to write " + file.getFileName() + " in");
        }
        return file;
    }
}
