package dev.explainer.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Options every command that reads a project shares. A folder that does not exist, or that holds no
 * {@code content/}, is wrong usage (exit code 2), told in one line before anything is read.
 */
final class ProjectOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The explainer's folder, checked to exist and to hold content/. */
    Path project = Path.of(".");

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The explainer's folder (holding content/ and seeds/). Default: the current folder.")
    void project(Path dir) {
        String shown = dir.toString().equals(".") ? "the current folder (" + dir.toAbsolutePath().normalize() + ")" : "'" + dir + "'";
        if (!Files.exists(dir)) {
            throw new ParameterException(command.commandLine(), "there is no folder " + shown
                    + "; check the path given to -C");
        }
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(command.commandLine(), shown + " is a file, not a folder; give -C the explainer's folder");
        }
        if (!Files.isDirectory(dir.resolve("content"))) {
            throw new ParameterException(command.commandLine(), shown + " is not an explainer: it has no content/ folder."
                    + " Run the command in an explainer's folder, point -C at one, or create one with 'explainer new FOLDER'");
        }
        project = dir;
    }
}
