package dev.explainer.preview;

import dev.explainer.content.ProjectFiles;
import dev.explainer.model.Diagnostics;
import dev.explainer.model.Pos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's own files as the preview may show them: only under content/, seeds/ and
 * templates/, never hidden, never through a link that leaves the folder, read fresh from disk each
 * time so the preview never shows an older version than the editor's.
 */
final class SourceFiles {
    static final List<String> FOLDERS = List.of("content", "seeds", "templates");

    private final Path project;

    SourceFiles(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** True when {@code relative} ("content/facts.yaml") names a file the preview may show. */
    boolean viewable(String relative) {
        if (relative == null || relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) return false;
        String[] segments = relative.split("/", -1);
        if (segments.length < 2 || !FOLDERS.contains(segments[0])) return false;
        for (String s : segments) {
            if (s.isEmpty() || s.startsWith(".")) return false;
        }
        try {
            Path folder = project.resolve(segments[0]);
            Path file = project.resolve(relative).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) return false;
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's lines, or null when it cannot be shown (not viewable, not UTF-8, too large). */
    List<String> lines(String relative) {
        if (!viewable(relative)) return null;
        try {
            String text = new ProjectFiles(project).read(relative, Pos.file(relative), new Diagnostics());
            return text == null ? null : List.of(text.split("\r?\n", -1));
        } catch (IOException e) {
            return null;
        }
    }
}
