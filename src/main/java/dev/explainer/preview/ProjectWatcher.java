package dev.explainer.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches content/, seeds/ and templates/ (those that exist) and reports every change that could
 * alter the site. Editors' swap and backup files are ignored: they change nothing until the real
 * file is written, which is its own event.
 */
final class ProjectWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;
    private final ExecutorService thread;

    private ProjectWatcher(DirectoryWatcher watcher, ExecutorService thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    static ProjectWatcher start(Path project, Runnable onChange) throws IOException {
        List<Path> folders = SourceFiles.FOLDERS.stream().map(project::resolve).filter(Files::isDirectory).toList();
        DirectoryWatcher w = DirectoryWatcher.builder()
                .paths(folders)
                .listener(e -> {
                    if (relevant(e)) onChange.run();
                })
                .build();
        ExecutorService t = Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "explainer-preview-watch");
            th.setDaemon(true);
            return th;
        });
        w.watchAsync(t);
        return new ProjectWatcher(w, t);
    }

    static boolean relevant(DirectoryChangeEvent e) {
        Path p = e.path();
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || p == null || p.getFileName() == null) return true;
        String name = p.getFileName().toString();
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx"));
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing a watch service only fails if it is already closed; nothing is left to release.
        }
        thread.shutdownNow();
    }
}
