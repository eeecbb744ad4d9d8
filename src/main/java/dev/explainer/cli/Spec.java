package dev.explainer.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts, and what its help says about it.
 *
 * @param name        the command as typed, e.g. {@code explainer build}
 * @param description paragraphs of help shown under the usage line; the first also describes it in the list of commands
 * @param options     its options; {@code -h} and {@code -V} are added to every command
 * @param positional  the one argument that is not an option, or null when there is none
 */
record Spec(String name, List<String> description, List<Option> options, Positional positional) {
    static final Option HELP = Option.flag("-h", "--help", "Show this help message and exit.");
    static final Option VERSION = Option.flag("-V", "--version", "Print version information and exit.");

    /**
     * An argument given without an option name, such as {@code new}'s folder.
     *
     * @param description its line in the help; null for none (the top level's {@code [COMMAND]})
     */
    record Positional(String label, String description) {
    }

    Spec {
        List<Option> all = new ArrayList<>(options);
        all.add(HELP);
        all.add(VERSION);
        options = List.copyOf(all);
        description = List.copyOf(description);
    }

    /** The last word of the name: what the user types to run the command. */
    String word() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** The option with this name, {@code -C} or {@code --project}; null when there is none. */
    Option option(String name) {
        for (Option o : options) if (o.named(name)) return o;
        return null;
    }
}
