package dev.explainer.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Formats a command's help: the usage line, the description, then a table of the options, to fit 80 columns. */
final class Help {
    /** The help has always been wrapped to 79 columns, leaving the last of an 80-column terminal free. */
    private static final int WIDTH = 79;

    private Help() {
    }

    /** The whole help of a command, ending with a line break. */
    static String usage(Spec spec) {
        String head = "Usage: " + spec.name() + " ";
        StringBuilder b = new StringBuilder(wrap(synopsis(spec), head, " ".repeat(head.length())));
        for (String paragraph : spec.description()) b.append(wrap(words(paragraph), "", ""));

        List<String[]> rows = new ArrayList<>();
        if (spec.positional() != null && spec.positional().description() != null) {
            rows.add(new String[] {"      " + spec.positional().label(), spec.positional().description()});
        }
        for (Option o : sorted(spec.options())) {
            String names = (o.shortName() != null ? "  " + o.shortName() + ", " : "      ") + o.longName();
            rows.add(new String[] {o.isFlag() ? names : names + "=" + o.shownLabel(), o.description()});
        }
        int column = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
        for (String[] r : rows) b.append(wrap(words(r[1]), pad(r[0], column), " ".repeat(column + 2)));
        return b.toString();
    }

    /** The list of commands in the top level's help: each with the first paragraph of its description. */
    static String commands(List<Spec> commands) {
        int column = commands.stream().mapToInt(c -> c.word().length()).max().orElse(0) + 4;
        StringBuilder b = new StringBuilder("Commands:\n");
        for (Spec c : commands) b.append(wrap(words(c.description().get(0)), pad("  " + c.word(), column), " ".repeat(column + 2)));
        return b.toString();
    }

    /** {@code [-hqV] [--large] [--base-url=URL] [-C=DIR] [--sizes=N[,N...]]... FOLDER}, flags first, then options with values, lists, and the positional argument. */
    private static List<String> synopsis(Spec spec) {
        List<Option> options = sorted(spec.options());
        StringBuilder shortFlags = new StringBuilder();
        for (Option o : options) if (o.isFlag() && o.shortName() != null) shortFlags.append(o.shortName().substring(1));
        List<String> tokens = new ArrayList<>();
        if (shortFlags.length() > 0) tokens.add("[-" + shortFlags + "]");
        for (Option o : options) if (o.isFlag() && o.shortName() == null) tokens.add("[" + o.longName() + "]");
        for (Option o : options) {
            if (!o.isFlag() && !o.list()) tokens.add("[" + (o.shortName() != null ? o.shortName() : o.longName()) + "=" + o.label() + "]");
        }
        for (Option o : options) if (o.list()) tokens.add("[" + o.longName() + "=" + o.shownLabel() + "]...");
        if (spec.positional() != null) tokens.add(spec.positional().label());
        return tokens;
    }

    private static List<Option> sorted(List<Option> options) {
        return options.stream().sorted(Comparator.comparing(Option::sortKey)).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    /** Fills lines up to the width with the words, the first line starting with {@code first}, the others with {@code indent}. */
    private static String wrap(List<String> words, String first, String indent) {
        StringBuilder b = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String w : words) {
            boolean empty = line.length() == start;
            if (!empty && line.length() + 1 + w.length() > WIDTH) {
                b.append(line).append('\n');
                line = new StringBuilder(indent);
                start = indent.length();
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(w);
        }
        return b.append(line).append('\n').toString();
    }
}
