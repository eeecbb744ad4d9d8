package dev.explainer.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a new explainer folder that builds at once.")
final class NewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("new is not available yet");
    }
}
