package dev.explainer.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The structured data's strings are written exactly as Jackson's generator would write them. */
class JsonLdStringTest {
    @Test
    void stringsAreQuotedAndEscapedAsJacksonsGeneratorWritesThem() throws IOException {
        List<String> values = List.of("plain", "", "“curly” quotes, a dash – and Łukashenka", "a \"quote\" and a \\ backslash",
                "a line\nbreak, a\ttab and a \u0001 control", "</script><script>alert(1)</script>", "emoji \uD83D\uDE00", "\u2028");
        for (String v : values) {
            StringBuilder ours = new StringBuilder();
            PagePlan.string(ours, v);
            StringWriter theirs = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(theirs)) {
                g.writeString(v);
            }
            assertEquals(theirs.toString(), ours.toString(), v);
        }
        StringBuilder none = new StringBuilder();
        PagePlan.string(none, null);
        assertEquals("null", none.toString());
    }
}
