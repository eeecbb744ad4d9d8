package dev.explainer.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiagnosticsCountTest {
    @Test
    void countsAreSingularForOneAndGroupedInThousands() {
        assertEquals("0 errors", Diagnostics.count(0, "error"));
        assertEquals("1 error", Diagnostics.count(1, "error"));
        assertEquals("2 warnings", Diagnostics.count(2, "warning"));
        assertEquals("10,000 errors", Diagnostics.count(10_000, "error"));
        assertEquals("2,500 warnings", Diagnostics.count(2_500, "warning"));
    }
}
