package dev.explainer.render;

import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The static files the templates use (stylesheet, icon), taken from the project's
 * {@code templates/assets/} when it has them, else from those built into the generator.
 */
public final class Assets {
    public static final List<String> NAMES = List.of("style.css", "favicon.svg");

    private Assets() {}

    public static void copy(Path templateDir, Map<String, byte[]> files, Diagnostics out) {
        for (String name : NAMES) {
            try {
                Path own = templateDir.resolve("assets").resolve(name);
                if (Files.isRegularFile(own)) {
                    files.put(name, Files.readAllBytes(own));
                    continue;
                }
                try (InputStream in = Assets.class.getResourceAsStream("/templates/assets/" + name)) {
                    if (in == null) {
                        out.error(Pos.file("templates/assets/" + name), "missing asset " + name, "restore it from the generator");
                    } else {
                        files.put(name, in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                out.error(Pos.file("templates/assets/" + name), "cannot read " + name + ": " + e.getMessage(), "check the file");
            }
        }
    }
}
