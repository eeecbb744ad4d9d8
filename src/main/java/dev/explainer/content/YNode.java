package dev.explainer.content;

import dev.explainer.model.Pos;

import java.util.List;

/**
 * A YAML value with the position it was written at. Jackson's own tree drops positions, and every
 * later stage needs them to point a writer at the line to fix.
 */
public sealed interface YNode {
    Pos pos();

    /** A short word for error messages: "a mapping", "a list", "text". */
    String kind();

    record YMap(Pos pos, List<Entry> entries) implements YNode {
        public YNode get(String key) {
            for (Entry e : entries) if (e.key().equals(key)) return e.value();
            return null;
        }

        public String kind() {
            return "a mapping";
        }
    }

    record Entry(String key, Pos keyPos, YNode value) {}

    record YList(Pos pos, List<YNode> items) implements YNode {
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code type} is how YAML typed it, so the schema can tell 12 from "12". */
    record YScalar(Pos pos, String text, Type type) implements YNode {
        public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        public String kind() {
            return switch (type) {
                case STRING -> "text";
                case INTEGER, DECIMAL -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }
}
