package dev.explainer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command's arguments, parsed against its {@link Spec}: {@code --opt value}, {@code --opt=value},
 * {@code -o value}, {@code -ovalue}, {@code -o=value}, short flags run together ({@code -qC dir}),
 * and {@code --} before arguments that start with a dash. Values are converted, with a usage error
 * naming the option and the value, when the command asks for them.
 *
 * @param spec        what the command accepts
 * @param given       the values given to each option, in the order typed; a flag's are {@code true} or {@code false}
 * @param positionals the arguments that are not options
 */
record Args(Spec spec, Map<Option, List<String>> given, List<String> positionals) {

    /** Whether an argument before {@code --} is this option's name: help and version win over any mistake in the others. */
    static boolean asks(Option option, String[] args, int from) {
        for (int i = from; i < args.length && !args[i].equals("--"); i++) if (option.named(args[i])) return true;
        return false;
    }

    /** Parses {@code args} from index {@code from} (the indexes in messages count from the start, as the user typed them). */
    static Args parse(Spec spec, String[] args, int from) throws UsageException {
        Map<Option, List<String>> given = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                if (spec.positional() == null || !positionals.isEmpty()) {
                    throw new UsageException("Unmatched argument at index " + i + ": '" + a + "'");
                }
                positionals.add(a);
            } else if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                Option o = spec.option(eq < 0 ? a : a.substring(0, eq));
                if (o == null) throw new UsageException("Unknown option: '" + a + "'");
                i = take(spec, o, eq < 0 ? null : a.substring(eq + 1), args, i, given);
            } else {
                i = cluster(spec, a, args, i, given);
            }
        }
        given.replaceAll((o, values) -> List.copyOf(values));
        return new Args(spec, Map.copyOf(given), List.copyOf(positionals));
    }

    /** Short options run together: flags, then at most one option with a value, which takes the rest. */
    private static int cluster(Spec spec, String a, String[] args, int i, Map<Option, List<String>> given) throws UsageException {
        for (int j = 1; j < a.length(); j++) {
            String name = "-" + a.charAt(j);
            Option o = spec.option(name);
            if (o == null) {
                throw new UsageException(j == 1 ? "Unknown option: '" + a + "'"
                        : "Unknown option: '" + name + "' (while processing option: '" + a + "')");
            }
            String rest = a.substring(j + 1);
            if (!o.isFlag() || rest.startsWith("=")) {
                return take(spec, o, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest, args, i, given);
            }
            take(spec, o, null, args, i, given);
        }
        return i;
    }

    /** Records one option's value, the attached one or else the next argument; returns the index of the last argument used. */
    private static int take(Spec spec, Option o, String attached, String[] args, int i, Map<Option, List<String>> given)
            throws UsageException {
        if (given.containsKey(o) && !o.list()) {
            throw new UsageException("option '" + o.longName() + "'" + (o.isFlag() ? "" : " (" + o.label() + ")")
                    + " should be specified only once");
        }
        List<String> values = given.computeIfAbsent(o, k -> new ArrayList<>());
        if (o.isFlag()) {
            String v = attached == null ? "true" : attached.toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new UsageException("Invalid value for option '" + o.longName() + "': '" + attached
                        + "' is not true or false (or leave the value out)");
            }
            values.add(v);
            return i;
        }
        String value = attached;
        if (value == null) {
            if (i + 1 >= args.length) {
                throw new UsageException("Missing required parameter for option '" + o.longName() + "' (" + o.label() + ")");
            }
            value = args[++i];
            // "-o -q" is far likelier a forgotten value than a folder named -q.
            if (spec.option(value.contains("=") ? value.substring(0, value.indexOf('=')) : value) != null) {
                throw new UsageException("Expected parameter for option '" + o.longName() + "' but found '" + value + "'");
            }
        }
        values.addAll(o.list() ? List.of(value.split(",", -1)) : List.of(value));
        return i;
    }

    /** Whether the flag was given (and not as {@code --flag=false}). */
    boolean flag(Option o) {
        List<String> v = given.getOrDefault(o, List.of());
        return !v.isEmpty() && v.get(v.size() - 1).equals("true");
    }

    /** The option's value, else its default; null when it has neither. */
    String string(Option o) {
        List<String> v = given.get(o);
        return v == null ? o.defaultValue() : v.get(0);
    }

    /** The option's value as a path, else its default; null when it has neither. */
    Path path(Option o) throws UsageException {
        String v = string(o);
        if (v == null) return null;
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException("Invalid value for option '" + o.longName() + "': '" + v + "' is not a path (" + e.getReason() + ")");
        }
    }

    /** The option's value as a whole number. */
    int integer(Option o) throws UsageException {
        return integer(o, string(o));
    }

    /** A list option's values as whole numbers: the ones given, else its default. */
    List<Integer> integers(Option o) throws UsageException {
        List<String> values = given.containsKey(o) ? given.get(o) : List.of(o.defaultValue().split(","));
        List<Integer> numbers = new ArrayList<>();
        for (String v : values) numbers.add(integer(o, v));
        return List.copyOf(numbers);
    }

    private static int integer(Option o, String v) throws UsageException {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            String example = o.defaultValue() == null ? "1" : o.defaultValue().split(",")[0];
            throw new UsageException("Invalid value for option '" + o.longName() + "': '" + v + "' is not a whole number;"
                    + " write it in digits, e.g. " + o.longName() + "=" + example);
        }
    }

    /** The one positional argument; wrong usage when it is missing. */
    String positional() throws UsageException {
        if (positionals.isEmpty()) throw new UsageException("Missing required parameter: '" + spec.positional().label() + "'");
        return positionals.get(0);
    }
}
