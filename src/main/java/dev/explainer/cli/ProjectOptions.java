package dev.explainer.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that reads a project shares. */
final class ProjectOptions {
    @Option(names = {"-C", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The explainer's folder (holding content/ and seeds/). Default: the current folder.")
    Path project;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;
}
