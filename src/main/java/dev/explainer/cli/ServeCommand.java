package dev.explainer.cli;

import dev.explainer.preview.PreviewOptions;
import dev.explainer.preview.PreviewServer;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code explainer serve}: builds the site, serves it, and rebuilds it on every save.
 *
 * @param options the project and --quiet
 * @param out     where to build the site; null for site/ in the project
 * @param port    the port to serve on; 0 for any free one
 * @param host    the address to listen on
 */
record ServeCommand(ProjectOptions options, Path out, int port, String host) implements Command {
    static final Option OUT = Option.value("-o", "--out", "DIR", null, "Where to build the site. Default: site/ in the project.");
    static final Option PORT = Option.value("-p", "--port", "N", "" + PreviewOptions.DEFAULT_PORT,
            "The port to serve on; 0 picks any free port. Default: " + PreviewOptions.DEFAULT_PORT + ".");
    static final Option HOST = Option.value(null, "--host", "HOST", PreviewOptions.LOOPBACK,
            "The address to listen on. Default: " + PreviewOptions.LOOPBACK + " (this machine only). Anything else is"
                    + " reachable from the network and prints a warning.");
    static final Spec SPEC = new Spec("explainer serve",
            List.of("Builds the site, serves it for proofreading, and rebuilds on every save of content/, seeds/ or "
                    + "templates/: open tabs reload by themselves, show a failed build's errors, and offer a proofreading mode.",
                    "Serves on 127.0.0.1 only, unless --host says otherwise."),
            List.of(ProjectOptions.QUIET, ProjectOptions.PROJECT, OUT, PORT, HOST), null);

    static ServeCommand read(Args args) throws UsageException {
        // A mistyped port is reported before the folder, which may only be wrong by default.
        int port = args.integer(PORT);
        return new ServeCommand(ProjectOptions.read(args), args.path(OUT), port, args.string(HOST));
    }

    @Override
    public int run(PrintWriter stdout, PrintWriter err) throws Exception {
        PreviewOptions o = PreviewOptions.of(options.project(), port)
                .withTarget(out != null ? out : options.project().resolve("site"))
                .withHost(host)
                .withVerbose(!options.quiet());
        if (o.problem() != null) {
            err.println("serve: " + o.problem());
            return Main.USAGE;
        }
        PreviewServer server;
        try {
            // Each build shows its progress on the terminal once it has run for a second (the first
            // build of a large explainer takes several).
            server = PreviewServer.start(o, stdout, err, () -> TerminalProgress.on(err, options.quiet()));
        } catch (BindException e) {
            err.println("serve: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); "
                    + "another program may be using it: try --port 0 for any free port");
            return Main.USAGE;
        } catch (UnknownHostException e) {
            err.println("serve: unknown host '" + host + "' (leave out --host to serve on " + PreviewOptions.LOOPBACK + ")");
            return Main.USAGE;
        }
        // Ctrl-C runs this hook: stop watching, close the streams, release the port.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            server.reportStopped();
        }, "explainer-preview-shutdown"));
        server.awaitClose();
        return Main.OK;
    }
}
