package dev.explainer.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and numbers as readers of the site's language write them. Each distinct value is formatted
 * once per site and remembered: the same number or date is shown by several views (its figure, its
 * chart, the notes that quote it, the home page), and a {@link NumberFormat}, which is not
 * thread-safe, would otherwise be made for every one.
 */
public final class Formats {
    private final Locale locale;
    // Formatters are immutable and thread-safe, so one of each serves every page.
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final Map<String, String> dates = new ConcurrentHashMap<>();
    private final Map<BigDecimal, String> numbers = new ConcurrentHashMap<>();

    public Formats(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    /** "2025-12-13" → "13 December 2025"; "2025-12" → "December 2025"; "2025" stays. */
    public String date(String iso) {
        if (iso == null) return "";
        return dates.computeIfAbsent(iso, this::formatDate);
    }

    public String number(BigDecimal value) {
        return numbers.computeIfAbsent(value, this::formatNumber);
    }

    /** A count for running text, grouped as the site's language groups it: "10,000" in English. */
    public String count(long n) {
        return number(BigDecimal.valueOf(n));
    }

    private String formatDate(String iso) {
        if (iso.length() == 10) return LocalDate.parse(iso).format(day);
        if (iso.length() == 7) return YearMonth.parse(iso).format(month);
        return iso;
    }

    private String formatNumber(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return f.format(value);
    }
}
