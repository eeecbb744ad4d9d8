package dev.explainer.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * One option of a command: its names, the label of its value (null for an on/off flag), the value
 * it has when not given (null for none), and its line in the help.
 *
 * @param shortName   {@code -C}, or null when there is only a long name
 * @param longName    {@code --project}
 * @param label       what the help calls the value, e.g. {@code DIR}; null for a flag
 * @param defaultValue the value when the option is not given, as it would be typed
 * @param list        whether the value is a comma-separated list, and the option may be repeated
 * @param description its line in the help
 */
record Option(String shortName, String longName, String label, String defaultValue, boolean list, String description) {
    // Written out rather than left to the record, for a quicker cold start: see Pos.equals.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Option x
            && Objects.equals(shortName, x.shortName)
            && Objects.equals(longName, x.longName)
            && Objects.equals(label, x.label)
            && Objects.equals(defaultValue, x.defaultValue)
            && list == x.list
            && Objects.equals(description, x.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shortName, longName, label, defaultValue, list, description);
    }

    /** An on/off option, off unless given. */
    static Option flag(String shortName, String longName, String description) {
        return new Option(shortName, longName, null, null, false, description);
    }

    /** An option with one value. */
    static Option value(String shortName, String longName, String label, String defaultValue, String description) {
        return new Option(shortName, longName, label, defaultValue, false, description);
    }

    /** An option whose values are split at commas and add up when it is repeated. */
    static Option list(String longName, String label, String defaultValue, String description) {
        return new Option(null, longName, label, defaultValue, true, description);
    }

    boolean isFlag() {
        return label == null;
    }

    boolean named(String name) {
        return name.equals(shortName) || name.equals(longName);
    }

    /** The value as the help shows it: {@code N[,N...]} for a list. */
    String shownLabel() {
        return list ? label + "[," + label + "...]" : label;
    }

    /** The help lists options by their shorter name, ignoring dashes and case, so -h sits beside --host. */
    String sortKey() {
        return (shortName != null ? shortName : longName).replace("-", "").toLowerCase(Locale.ROOT);
    }
}
