package dev.explainer.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run a preview.
 *
 * @param project   the explainer's folder (holding content/ and seeds/)
 * @param target    where the site is built and served from
 * @param host      the address to listen on; loopback unless the user asks otherwise
 * @param port      the port, or 0 for any free one
 * @param quiet     how long the files must be still before a rebuild starts
 * @param heartbeat how often open event streams are checked for tabs that went away
 * @param verbose   false to print only failed builds
 */
public record PreviewOptions(Path project, Path target, String host, int port, Duration quiet, Duration heartbeat,
                             boolean verbose) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    /** Long enough to cover the several events of one save, short enough not to be felt. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(40);
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    /** Defaults for a project: its site/ folder, loopback, a port chosen by the caller. */
    public static PreviewOptions of(Path project, int port) {
        return new PreviewOptions(project, project.resolve("site"), LOOPBACK, port, DEFAULT_QUIET, DEFAULT_HEARTBEAT, true);
    }

    /** What is wrong with these options, as a message for the user, or null when nothing is. */
    public String problem() {
        Path p = project.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("content"))) {
            return "no content/ folder in " + p + " (run serve in an explainer's folder, or name it with -C DIR)";
        }
        if (t.equals(p) || SourceFiles.FOLDERS.stream().map(p::resolve).anyMatch(t::startsWith)) {
            return "the output folder " + t + " is inside the project's sources, so every build would trigger another "
                    + "(write the site elsewhere, e.g. the default site/)";
        }
        if (port < 0 || port > 65535) return "port " + port + " is not a port number (use 1-65535, or 0 for any free port)";
        return null;
    }

    public PreviewOptions withTarget(Path target) {
        return new PreviewOptions(project, target, host, port, quiet, heartbeat, verbose);
    }

    public PreviewOptions withHost(String host) {
        return new PreviewOptions(project, target, host, port, quiet, heartbeat, verbose);
    }

    public PreviewOptions withHeartbeat(Duration heartbeat) {
        return new PreviewOptions(project, target, host, port, quiet, heartbeat, verbose);
    }

    public PreviewOptions withVerbose(boolean verbose) {
        return new PreviewOptions(project, target, host, port, quiet, heartbeat, verbose);
    }
}
