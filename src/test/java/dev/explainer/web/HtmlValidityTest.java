package dev.explainer.web;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every generated page and the stylesheet pass the W3C Nu HTML checker (the engine behind
 * validator.w3.org/nu), run in-process, with zero errors. Warnings are printed, not counted.
 */
class HtmlValidityTest {
    @TempDir
    static Path out;
    static BuiltSite site;
    static SimpleDocumentValidator validator;
    static final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void buildAndLoadTheChecker() throws Exception {
        site = BuiltSite.build(out, BuiltSite.PROJECT_BASE);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                System.out.println("vnu warning: " + describe(e));
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        };
        // The same schema the checker's command line uses: HTML with SVG and MathML, plus ARIA.
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndTheStylesheetIsValid() {
        List<String> files = new ArrayList<>(site.pages());
        files.addAll(site.files().stream().filter(f -> f.endsWith(".css")).toList());
        assertTrue(files.size() > 2, "expected pages and a stylesheet, found " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            errors.clear();
            if (f.endsWith(".css")) validator.checkCssFile(out.resolve(f).toFile(), true);
            else validator.checkHtmlFile(out.resolve(f).toFile(), true);
            assertTrue(errors.isEmpty(), () -> "Nu HTML checker found " + errors.size() + " error(s) in " + f + ":\n  "
                    + String.join("\n  ", errors));
        }));
    }

    private static String describe(SAXParseException e) {
        String file = String.valueOf(e.getSystemId());
        try {
            file = out.toRealPath().relativize(Path.of(java.net.URI.create(file)).toRealPath()).toString();
        } catch (Exception notAFile) {
            // keep the system id as given
        }
        return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
