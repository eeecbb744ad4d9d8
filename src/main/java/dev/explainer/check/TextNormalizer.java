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
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 4];
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space && out.length() > 0) {
                    origin = grow(origin, out.length());
                    origin[out.length()] = i;
                    out.append(' ');
                }
                space = true;
            } else {
                String piece = mapChar(cp);
                for (int k = 0; k < piece.length(); k++) {
                    origin = grow(origin, out.length());
                    origin[out.length()] = i;
                    out.append(piece.charAt(k));
                }
                space = false;
            }
            i += len;
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') out.setLength(n - 1);
        int[] trimmed = new int[out.length()];
        System.arraycopy(origin, 0, trimmed, 0, out.length());
        return new Normalized(out.toString(), trimmed);
    }

    private static int[] grow(int[] a, int index) {
        if (index < a.length) return a;
        int[] b = new int[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
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
