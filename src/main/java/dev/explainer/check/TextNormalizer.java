package dev.explainer.check;

import java.text.Normalizer;

/**
 * Normalises text for quote matching: Unicode NFKC, curly quotes and apostrophes to straight ones,
 * every dash to '-', and runs of whitespace to one space. Nothing looser: case and punctuation
 * otherwise count. Keeps, for each normalised character, the offset it came from, so a match can
 * be pointed at in the original text.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** Normalised text and, for each of its characters, the offset in the original. */
    public record Normalized(String text, int[] origin) {
        /** The original offset just after the normalised character at {@code end - 1}. */
        public int originEnd(int end, String original) {
            if (end <= 0) return 0;
            int o = origin[end - 1];
            return o + Character.charCount(original.codePointAt(o));
        }
    }

    public static String normalize(String s) {
        return of(s).text();
    }

    public static Normalized of(String s) {
        int len = s.length();
        // Normalising seldom lengthens a text, so these usually need neither growing nor trimming.
        char[] out = new char[Math.max(len, 1)];
        int[] origin = new int[Math.max(len, 1)];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < len; ) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                // Plain ASCII, nearly all of any article: no code points, no strings, no lookups.
                if (ch == ' ' || (ch >= 0x09 && ch <= 0x0D) || (ch >= 0x1C && ch <= 0x1F)) {
                    if (!space && n > 0) {
                        if (n == out.length) { out = grow(out); origin = grow(origin); }
                        origin[n] = i;
                        out[n++] = ' ';
                    }
                    space = true;
                } else {
                    if (n == out.length) { out = grow(out); origin = grow(origin); }
                    origin[n] = i;
                    out[n++] = ch == '`' ? '\'' : ch;
                    space = false;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space && n > 0) {
                    if (n == out.length) { out = grow(out); origin = grow(origin); }
                    origin[n] = i;
                    out[n++] = ' ';
                }
                space = true;
            } else {
                String piece = mapChar(cp);
                for (int k = 0; k < piece.length(); k++) {
                    if (n == out.length) { out = grow(out); origin = grow(origin); }
                    origin[n] = i;
                    out[n++] = piece.charAt(k);
                }
                space = false;
            }
            i += Character.charCount(cp);
        }
        if (n > 0 && out[n - 1] == ' ') n--;
        return new Normalized(new String(out, 0, n), n == origin.length ? origin : java.util.Arrays.copyOf(origin, n));
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2);
    }

    private static char[] grow(char[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2);
    }

    private static String mapChar(int cp) {
        switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return "-";
            case '\u2026':
                return "...";
            default:
                break;
        }
        if (cp < 0x80) return String.valueOf((char) cp);
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }
}
