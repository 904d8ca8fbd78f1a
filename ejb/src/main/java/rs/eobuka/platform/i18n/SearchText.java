package rs.eobuka.platform.i18n;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text made comparable across Serbian's two scripts and its diacritics, for searches that
 * should find "Đorđević" whether it is typed as Ђорђевић, Đorđević or djordjevic: Cyrillic is
 * transliterated to Latin, č ć š ž đ lose their marks (đ becomes "dj"), and everything is
 * lower-cased. Both the stored text and the typed search go through {@link #fold}.
 */
public final class SearchText {

    /** The most a stored search text holds (the engine's task description column). */
    public static final int MAX_LENGTH = 4000;

    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj", "m", "n",
            "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s"};

    private SearchText() {
    }

    /** The text lower-cased, in Latin letters without diacritics, its runs of white space made one space. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int cyrillic = CYRILLIC.indexOf(c);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (cyrillic >= 0) {
                out.append(LATIN[cyrillic]);
            } else if (c == 'đ') {
                out.append("dj");
            } else {
                out.append(c);
            }
        }
        // č ć š ž and any other accented letter: drop the marks
        return Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** One stored search text for a subject written in several languages: each distinct folded form on its own line. */
    public static String of(Iterable<String> forms) {
        Set<String> lines = new LinkedHashSet<>();
        for (String form : forms) {
            if (form != null && !form.isBlank()) {
                lines.add(fold(form));
            }
        }
        String text = String.join("\n", lines);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
