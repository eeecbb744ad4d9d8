package dev.explainer.cli;

import dev.explainer.content.Schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code explainer new FOLDER}: writes a small explainer that passes {@code check} with no warnings and
 * builds at once (one source with its placeholder article, one person, a few facts), plus the schemas
 * for editors, so a writer starts from something that works and changes it a piece at a time.
 *
 * @param folder the folder to create
 */
record NewCommand(Path folder) implements Command {
    static final Spec SPEC = new Spec("explainer new",
            List.of("Creates a new explainer in FOLDER (which must not exist yet, or be empty) that checks and builds at once."),
            List.of(), new Spec.Positional("FOLDER", "The folder to create, e.g. my-explainer."));

    /** The scaffold's files, as resources under /scaffold/, and where they go in the new folder. */
    private static final List<String> FILES = List.of("content/site.yaml", "content/sources.yaml", "content/event.yaml",
            "content/facts.yaml", "content/people.yaml", "content/numbers.yaml", "content/timeline.yaml",
            "content/context.yaml", "content/about.md", "seeds/000_example.txt");
    /** The base URL in the scaffold's site.yaml, replaced by one named after the folder. */
    private static final String BASE_URL = "https://example.github.io/explainer/";

    static NewCommand read(Args args) throws UsageException {
        String folder = args.positional();
        try {
            return new NewCommand(Path.of(folder));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + folder + "' cannot be a folder name (" + e.getReason() + "); choose another");
        }
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
        String refusal = refusal(folder);
        if (refusal != null) {
            err.println("explainer new: " + refusal);
            return Main.USAGE;
        }
        try {
            write(folder);
        } catch (IOException e) {
            err.println("explainer new: cannot write " + folder + ": " + e.getMessage()
                    + " (check that you may write there; nothing else was changed)");
            return Main.CONTENT_ERRORS;
        }
        String dir = folder.toString();
        String quoted = dir.matches("[A-Za-z0-9_./-]+") ? dir : "\"" + dir + "\"";
        out.println("Created a new explainer in " + dir + ". Next:");
        out.println("  1. Put the text of each article in " + dir + "/seeds/ and describe it in content/sources.yaml;");
        out.println("     delete seeds/000_example.txt when no fact cites it any more.");
        out.println("  2. Write the facts in content/facts.yaml, each with a quote copied exactly from an article,");
        out.println("     then the people, numbers, timeline, home page (event.yaml) and background (context.yaml).");
        out.println("  3. Check as you go:  java -jar explainer.jar check -C " + quoted);
        out.println("     Build the site:   java -jar explainer.jar build -C " + quoted + "   (writes " + dir + "/site/)");
        out.println("The content format, key by key: docs/writing-content.md in the generator's repository.");
        return Main.OK;
    }

    /** Why the folder cannot be used, or null when it can. */
    private static String refusal(Path folder) {
        if (!Files.exists(folder)) return null;
        if (!Files.isDirectory(folder)) return folder + " exists and is a file; choose a new folder name";
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                return folder + " already exists and is not empty; choose a new folder name, so that nothing in it is overwritten";
            }
        } catch (IOException e) {
            return "cannot look inside " + folder + ": " + e.getMessage();
        }
        return null;
    }

    private static void write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("content/schema"));
        Files.createDirectories(folder.resolve("seeds"));
        String slug = folder.toAbsolutePath().normalize().getFileName() == null ? "explainer"
                : folder.toAbsolutePath().normalize().getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        for (String f : FILES) {
            String text = resource("/scaffold/" + f);
            if (f.equals("content/site.yaml") && !slug.isEmpty()) {
                text = text.replace(BASE_URL, "https://example.github.io/" + slug + "/");
            }
            Files.writeString(folder.resolve(f), text, StandardCharsets.UTF_8);
        }
        for (String schema : Schemas.FILES) {
            Files.writeString(folder.resolve("content/schema/" + schema), Schemas.text(schema), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve(".gitignore"), resource("/scaffold/gitignore"), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("the scaffold file " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
