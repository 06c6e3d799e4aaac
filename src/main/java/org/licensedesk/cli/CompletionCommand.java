package org.licensedesk.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code completion}: prints a bash (and zsh) completion script for every command and option. */
@Command(name = "completion", description = {"Print a bash completion script.",
        "Load it in this shell with: source <(licensedesk completion)",
        "or in every new shell: save the output as",
        "~/.local/share/bash-completion/completions/licensedesk"})
public final class CompletionCommand extends DeskCommand {
    @Override
    void run(PrintWriter out, PrintWriter err) {
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    }
}
