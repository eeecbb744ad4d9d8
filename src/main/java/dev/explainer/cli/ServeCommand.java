package dev.explainer.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Builds, serves and rebuilds on every save (preview).")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("serve is not available yet");
    }
}
