package dev.explainer.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as readers of the site's language write them. */
public final class Formats {
    private final Locale locale;
    // Formatters are immutable and thread-safe, so one of each serves every page.
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    public Formats(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    /** "2025-12-13" → "13 December 2025"; "2025-12" → "December 2025"; "2025" stays. */
    public String date(String iso) {
        if (iso == null) return "";
        if (iso.length() == 10) return LocalDate.parse(iso).format(day);
        if (iso.length() == 7) return YearMonth.parse(iso).format(month);
        return iso;
    }

    public String number(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return f.format(value);
    }
}
