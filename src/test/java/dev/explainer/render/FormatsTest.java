package dev.explainer.render;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {
    private final Formats en = new Formats("en");

    @Test
    void datesAreWrittenOutAsFullAsTheyAreGiven() {
        assertEquals("13 December 2025", en.date("2025-12-13"));
        assertEquals("December 2025", en.date("2025-12"));
        assertEquals("2025", en.date("2025"));
        assertEquals("", en.date(null));
        assertEquals("1 January 2026", en.date("2026-01-01"));
    }

    @Test
    void numbersKeepTheirOwnDecimalsAndGroupThousands() {
        assertEquals("123", en.number(new BigDecimal("123")));
        assertEquals("1,200,000", en.number(new BigDecimal("1200000")));
        assertEquals("2.5", en.number(new BigDecimal("2.5")));
        assertEquals("2.5", en.number(new BigDecimal("2.50")));
        assertEquals("3.14159", en.number(new BigDecimal("3.14159")));
        assertEquals("1,000", en.number(new BigDecimal("1E+3")));
    }

    @Test
    void countsAreGroupedAsTheSiteLanguageGroupsThem() {
        assertEquals("13", en.count(13));
        assertEquals("10,000", en.count(10_000));
        assertEquals("10.000", new Formats("de").count(10_000));
    }

    @Test
    void aRememberedValueIsTheSameOnEveryThread() {
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> (i % 50) + "." + (i % 7)).toList();
        Formats shared = new Formats("de");
        List<String> parallel = values.parallelStream().map(v -> shared.number(new BigDecimal(v))).toList();
        List<String> fresh = values.stream().map(v -> new Formats("de").number(new BigDecimal(v))).toList();
        assertEquals(fresh, parallel);
        assertEquals("49,6", parallel.get(349));
        assertEquals("13 Dezember 2025", shared.date("2025-12-13"));
    }
}
