package dev.explainer.preview;

import com.sun.net.httpserver.HttpServer;
import dev.explainer.build.BuildResult;
import dev.explainer.build.Builder;
import dev.explainer.build.Progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A running preview of one explainer: builds it, serves the site with the JDK's HTTP server,
 * rebuilds with the same warm {@link Builder} whenever content/, seeds/ or templates/ change, and
 * tells every open tab through Server-Sent Events, which reload or show the build's errors.
 *
 * <p>After the first build, practice builds on the build thread warm the JVM until the first edit
 * ({@link WarmUp}).
 *
 * <p>Threads are fixed in number whatever happens: one for builds and events, one for the file
 * watcher, the HTTP server's dispatcher and a small pool for requests. Event streams hold none.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int REQUEST_THREADS = 4;

    private final PreviewOptions options;
    private final Terminal terminal;
    private final Builder builder;
    /** A new progress display for each build the writer waits for (not for practice builds). */
    private final Supplier<Progress> progress;
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();
    private final AtomicReference<PreviewState> state = new AtomicReference<>(PreviewState.NONE);
    private final EventHub hub = new EventHub();
    private final ScheduledThreadPoolExecutor worker;
    private final ExecutorService requests;
    private final Rebuilder rebuilder;
    private final CountDownLatch closed = new CountDownLatch(1);
    private HttpServer http;
    private ProjectWatcher watcher;
    private volatile WarmUp warmUp;
    private volatile boolean edited;

    private PreviewServer(PreviewOptions options, Terminal terminal, Supplier<Progress> progress) {
        this.options = options;
        this.terminal = terminal;
        this.progress = progress;
        this.worker = new ScheduledThreadPoolExecutor(1, named("explainer-preview-build"));
        // Cancelled builds leave the queue at once, so a burst of edits cannot grow it.
        this.worker.setRemoveOnCancelPolicy(true);
        this.worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.requests = Executors.newFixedThreadPool(REQUEST_THREADS, named("explainer-preview-http"));
        this.rebuilder = new Rebuilder(worker, options.quiet(), this::rebuild);
        // The site a rebuild replaced is deleted on the build thread once the rebuild is reported
        // (or at once by a build that finishes while the preview is closing).
        this.builder = new Builder(true, task -> {
            try {
                worker.execute(task);
            } catch (RejectedExecutionException e) {
                task.run();
            }
        });
    }

    /**
     * Binds the port, builds the site, starts watching and serving, and prints the address. A failed
     * first build still serves (the browser shows the errors); a port in use throws at once.
     */
    public static PreviewServer start(PreviewOptions options, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        return start(options, out, err, () -> Progress.NONE);
    }

    /** Starts as {@link #start(PreviewOptions, PrintWriter, PrintWriter)} does, each build telling a new {@code progress}. */
    public static PreviewServer start(PreviewOptions options, PrintWriter out, PrintWriter err, Supplier<Progress> progress)
            throws IOException, InterruptedException {
        if (options.problem() != null) throw new IllegalArgumentException(options.problem());
        Path project = options.project().toAbsolutePath().normalize();
        PreviewOptions o = new PreviewOptions(project, options.target().toAbsolutePath().normalize(), options.host(),
                options.port(), options.quiet(), options.heartbeat(), options.verbose());
        PreviewServer s = new PreviewServer(o, new Terminal(out, err, !o.verbose()), progress);
        try {
            s.open();
        } catch (IOException | InterruptedException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void open() throws IOException, InterruptedException {
        InetAddress address = InetAddress.getByName(options.host());
        http = HttpServer.create(new InetSocketAddress(address, options.port()), 0);
        http.setExecutor(requests);
        SourceFiles files = new SourceFiles(options.project());
        http.createContext("/", new SiteHandler(new SitePaths(options.target()), siteLock.readLock(), state::get));
        http.createContext(PreviewHandler.PREFIX, new PreviewHandler(state::get, hub, files));
        // Watching first: a save during the first build is then rebuilt after it, not lost.
        watcher = ProjectWatcher.start(options.project(), this::changed);
        long start = System.nanoTime();
        rebuilder.buildNow();
        // A save during the first build means the writer is already editing: no practice then.
        if (!edited) {
            warmUp = WarmUp.start(worker, options.project(), Duration.ofNanos(System.nanoTime() - start));
            if (edited) warmUp.stop(); // a save between the check and the start
        }
        long beat = options.heartbeat().toMillis();
        worker.scheduleWithFixedDelay(hub::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        http.start();
        terminal.serving(url().toString(), address.isLoopbackAddress() ? null : options.host());
    }

    /** A file changed: the writer is editing, so practice builds give way to real ones. */
    private void changed() {
        edited = true;
        WarmUp w = warmUp;
        if (w != null) w.stop();
        rebuilder.changed();
    }

    /** The practice builds that follow the first (see {@link WarmUp}); null when there were none. */
    WarmUp warmUp() {
        return warmUp;
    }

    /** Runs on the worker thread only, so builds never overlap and events go out in order. */
    private void rebuild() {
        PreviewState before = state.get();
        PreviewState after;
        // Tabs read the site under the read lock: none sees the swap, and each page's build number is right.
        siteLock.writeLock().lock();
        try {
            BuildResult r = builder.build(options.project(), options.target(), null, progress.get());
            after = before.next(r);
            state.set(after);
        } catch (RuntimeException e) {
            // A bug in the generator must not stop the preview: say so, keep serving, try again on the next save.
            terminal.internalError(e);
            return;
        } finally {
            siteLock.writeLock().unlock();
        }
        terminal.built(before, after, Files.isDirectory(options.target()));
        hub.broadcast("state", after.json());
    }

    /** The address the site is served at, ending in '/'. */
    public URI url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The port listened on (the one chosen when started with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** How many builds have run, the first included. */
    public long builds() {
        return state.get().build();
    }

    /** Whether the latest build failed (the served site is then stale). */
    public boolean failed() {
        return state.get().failed();
    }

    /** How many event streams are open: one per browser (its tabs share one), or per tab where they cannot. */
    public int streams() {
        return hub.size();
    }

    /** Blocks until {@link #close()} has run, e.g. from the Ctrl-C shutdown hook. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving, closes every event stream and releases the port. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getCount() == 0) return;
        if (watcher != null) watcher.close();
        // Not shutdownNow: interrupting a build mid-write would abort it; a waiting build is dropped.
        worker.shutdown();
        hub.close();
        if (http != null) http.stop(0);
        requests.shutdownNow();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The worker is gone, so this deletes the practice folder here and now.
        if (warmUp != null) warmUp.stop();
        closed.countDown();
    }

    /** Prints that the preview stopped (the command does this after Ctrl-C). */
    public void reportStopped() {
        terminal.stopped();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
