package dev.explainer.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Options every command that reads a project shares. A folder that does not exist, or that holds no
 * {@code content/}, is wrong usage (exit code 2), told in one line before anything is read.
 *
 * @param project the explainer's folder, checked to exist and to hold content/
 * @param quiet   print only errors
 */
record ProjectOptions(Path project, boolean quiet) {
    static final Option QUIET = Option.flag("-q", "--quiet", "Print only errors.");
    static final Option PROJECT = Option.value("-C", "--project", "DIR", ".",
            "The explainer's folder (holding content/ and seeds/). Default: the current folder.");

    /** The project folder given, or the current one, once it is known to be an explainer. */
    static ProjectOptions read(Args args) throws UsageException {
        Path dir = args.path(PROJECT);
        String shown = dir.toString().equals(".") ? "the current folder (" + dir.toAbsolutePath().normalize() + ")" : "'" + dir + "'";
        if (!Files.exists(dir)) {
            throw new UsageException("there is no folder " + shown + "; check the path given to -C");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException(shown + " is a file, not a folder; give -C the explainer's folder");
        }
        if (!Files.isDirectory(dir.resolve("content"))) {
            throw new UsageException(shown + " is not an explainer: it has no content/ folder."
                    + " Run the command in an explainer's folder, point -C at one, or create one with 'explainer new FOLDER'");
        }
        return new ProjectOptions(dir, args.flag(QUIET));
    }
}
