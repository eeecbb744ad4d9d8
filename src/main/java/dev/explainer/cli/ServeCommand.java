package dev.explainer.cli;

import dev.explainer.preview.PreviewOptions;
import dev.explainer.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it for proofreading, and rebuilds on every save of content/, seeds/ or "
                + "templates/: open tabs reload by themselves, show a failed build's errors, and offer a proofreading mode.",
                "Serves on 127.0.0.1 only, unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to build the site. Default: site/ in the project.")
    Path out;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "" + PreviewOptions.DEFAULT_PORT,
            description = "The port to serve on; 0 picks any free port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = PreviewOptions.LOOPBACK,
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only). Anything else is "
                    + "reachable from the network and prints a warning.")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PreviewOptions o = PreviewOptions.of(options.project, port)
                .withTarget(out != null ? out : options.project.resolve("site"))
                .withHost(host)
                .withVerbose(!options.quiet);
        if (o.problem() != null) {
            err.println("serve: " + o.problem());
            return Main.USAGE;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(o, spec.commandLine().getOut(), err);
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
