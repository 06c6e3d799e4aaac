package org.licensedesk.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Arguments split into positional words and {@code --name value} / {@code --name=value} options. */
public final class CommandLine {
    private final List<String> positional;
    private final Map<String, String> options;

    private CommandLine(List<String> positional, Map<String, String> options) {
        this.positional = positional;
        this.options = options;
    }

    /**
     * Parses arguments; {@code flags} names the options that take no value.
     *
     * @throws UsageException for an option without its value
     */
    public static CommandLine parse(String[] args, Set<String> flags) {
        return parse(args, flags, Set.of());
    }

    /**
     * As {@link #parse(String[], Set)}; options in {@code optionalValue} may stand without a value (at the
     * end, or before another option), and then have the empty string, as {@code verify-audit --db} does.
     */
    public static CommandLine parse(String[] args, Set<String> flags, Set<String> optionalValue) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.length() > 2) {
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    options.put(arg.substring(2, equals), arg.substring(equals + 1));
                } else if (flags.contains(arg.substring(2))) {
                    options.put(arg.substring(2), "true");
                } else if (optionalValue.contains(arg.substring(2))
                        && (i + 1 == args.length || args[i + 1].startsWith("--"))) {
                    options.put(arg.substring(2), "");
                } else if (i + 1 < args.length) {
                    options.put(arg.substring(2), args[++i]);
                } else {
                    throw new UsageException("option " + arg + " needs a value");
                }
            } else {
                positional.add(arg);
            }
        }
        return new CommandLine(List.copyOf(positional), Map.copyOf(options));
    }

    public static CommandLine parse(String[] args) {
        return parse(args, Set.of());
    }

    public List<String> positional() {
        return positional;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The {@code --db PATH} value, or null for the default place; a {@code --db} without a path is refused. */
    public String databaseOption() {
        String value = options.get("db");
        if (value != null && value.isBlank()) {
            throw new UsageException("option --db needs a path");
        }
        return value;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public Set<String> optionNames() {
        return options.keySet();
    }
}
