package org.licensedesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs LicenseDesk's launcher in a child JVM, as a user's shell would, on this class path. */
final class LauncherCommand {
    private LauncherCommand() {
    }

    static List<String> of(Path dataFolder, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.add("-Dlicensedesk.dataFolder=" + dataFolder);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(arguments);
        return command;
    }
}
