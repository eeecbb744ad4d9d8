package dev.explainer.check;

/**
 * Finds runs of two or more capitalised words, the likely proper names the name check looks at:
 * what {@code \p{Lu}[\p{L}'’.-]*\p{L}(?:\s+\p{Lu}[\p{L}'’.-]*\p{L})+} finds, match for match.
 *
 * <p>Written out because the regex is tried at every character of every article: at 10,000 sources
 * it was two thirds of the name check, three times as long as finding every spelling of every person.
 * This passes over most characters with a comparison or two and starts a match only at a capital letter.
 */
final class NameRuns {
    private final String text;
    private int from;
    private int start = -1;
    private int end = -1;

    NameRuns(String text) {
        this.text = text;
    }

    /** Moves to the next run after the last one found; false when there is none. */
    boolean find() {
        int n = text.length();
        for (int i = from; i < n; ) {
            char c = text.charAt(i);
            // Nearly every character is ASCII and not a capital: one comparison each.
            if (c < 128 && (c < 'A' || c > 'Z')) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isUpper(cp)) {
                int stop = runFrom(i);
                if (stop >= 0) {
                    start = i;
                    end = stop;
                    from = stop;
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        from = n;
        start = end = -1;
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String group() {
        return text.substring(start, end);
    }

    /** Where the run that starts with the capital at {@code at} ends, or -1 if it is one word or none. */
    private int runFrom(int at) {
        int first = word(at);
        if (first < 0) return -1;
        int stop = first;
        while (true) {
            int next = stop;
            while (next < text.length() && isSpace(text.charAt(next))) next++;
            if (next == stop || next == text.length() || !isUpper(text.codePointAt(next))) break;
            int after = word(next);
            if (after < 0) break;
            stop = after;
        }
        return stop > first ? stop : -1;
    }

    /**
     * The end of the word whose capital is at {@code at}: after the last letter of the letters,
     * apostrophes, full stops and hyphens that follow it, or -1 if no letter follows it.
     */
    private int word(int at) {
        int lastLetter = -1;
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (Character.isLetter(cp)) lastLetter = i + size;
            else if (cp != '\'' && cp != '’' && cp != '.' && cp != '-') break;
            i += size;
        }
        return lastLetter;
    }

    /** {@code \p{Lu}}: an upper-case letter (not a title-case one such as 'ǅ'). */
    private static boolean isUpper(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z';
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** {@code \s} as Java's regexes read it by default: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
