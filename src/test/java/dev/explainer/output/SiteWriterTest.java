package dev.explainer.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {
    @Test
    void aCommitReplacesTheSiteAndLeavesNothingBesideIt(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, Map.of("index.html", bytes("one"), "sources/a.html", bytes("a")));
        SiteWriter.write(site, Map.of("index.html", bytes("two")));

        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("sources")), "a file of the old site is gone with it");
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void aSwapHandsBackTheOldSiteUnderANameThatCarriesThisProcess(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, Map.of("index.html", bytes("one")));
        Path old;
        try (SiteWriter.Staging s = SiteWriter.Staging.begin(site)) {
            s.write("index.html", bytes("two"));
            old = s.swap();
        }
        assertNotNull(old);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("one", Files.readString(old.resolve("index.html")));
        assertTrue(old.getFileName().toString().startsWith(".site.old-" + ProcessHandle.current().pid() + "-"), old.toString());

        // Until this process ends, its old site is its own business: the next build leaves it alone.
        SiteWriter.write(site, Map.of("index.html", bytes("three")));
        assertTrue(Files.isDirectory(old));
        SiteWriter.delete(old);
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void theNextBuildDeletesWhatAKilledOneLeftButNotWhatARunningOneIsWriting(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        long dead = endedProcess();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        for (String name : List.of(".site.new-" + dead + "-123", ".site.old-" + dead + "-1f2e", ".site.new-13195785941108667343",
                ".site.old-18c4a6f0e2", ".site.new-" + alive + "-77", ".other.new-" + dead + "-1")) {
            Files.createDirectories(dir.resolve(name).resolve("sources"));
            Files.writeString(dir.resolve(name).resolve("sources/a.html"), "left behind");
        }
        Files.writeString(dir.resolve(".site.new-" + dead + "-file"), "not a folder");

        SiteWriter.write(site, Map.of("index.html", bytes("new")));

        assertEquals(Stream.of(".other.new-" + dead + "-1", ".site.new-" + alive + "-77", ".site.new-" + dead + "-file", "site").sorted().toList(), names(dir),
                "the folders of ended processes (and of versions that named none) are gone; another site's, a running process's and a file stay");
    }

    @Test
    void anAbandonedStagingIsDeletedWhenClosedWithoutACommit(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, Map.of("index.html", bytes("one")));
        try (SiteWriter.Staging s = SiteWriter.Staging.begin(site)) {
            s.write("index.html", bytes("half"));
        }
        assertEquals("one", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void aStoppedBuildsFilesAreDeletedAndNoMoreAreWrittenWhileTheOldSiteStays(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site, Map.of("index.html", bytes("one")));
        try (SiteWriter.Staging s = SiteWriter.Staging.begin(site)) {
            OutputStream open = s.create("sources/a.html");
            s.abandon();
            assertEquals(List.of("site"), names(dir));
            open.write(bytes("still drawing"));
            open.close();
            assertThrows(IOException.class, () -> s.create("sources/b.html"));
            assertThrows(IOException.class, s::swap);
        }
        assertEquals(List.of("site"), names(dir));
        assertEquals("one", Files.readString(site.resolve("index.html")));

        try (SiteWriter.Staging s = SiteWriter.Staging.begin(site)) {
            s.write("index.html", bytes("two"));
            s.commit();
            s.abandon(); // too late to stop: the site is in place and stays
        }
        assertEquals("two", Files.readString(site.resolve("index.html")));
    }

    @Test
    void manyFilesInManyFoldersAreDeletedOnSeveralThreadsAndLinksAreNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Path tree = dir.resolve("tree");
        int files = SiteWriter.DELETE_IN_PARALLEL_FROM * 3 + 7;
        for (int i = 0; i < files; i++) {
            Path f = tree.resolve("f" + i % 5).resolve(i % 2 == 0 ? "deep" : "").resolve("p" + i + ".html");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "page " + i);
        }
        Files.createSymbolicLink(tree.resolve("f0/link"), outside);
        Files.createSymbolicLink(tree.resolve("dirlink"), dir);

        SiteWriter.delete(tree);

        assertFalse(Files.exists(tree));
        assertEquals("keep me", Files.readString(outside));
        SiteWriter.delete(tree); // nothing there: nothing happens
    }

    @Test
    void filesAreWrittenSideBySideFromManyThreads(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        try (SiteWriter.Staging s = SiteWriter.Staging.begin(site)) {
            List<Thread> threads = Stream.iterate(0, i -> i + 1).limit(4).map(t -> new Thread(() -> {
                for (int i = t; i < 200; i += 4) {
                    try (OutputStream o = s.create("sources/p" + i + ".html")) {
                        o.write(bytes("page " + i));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            })).toList();
            threads.forEach(Thread::start);
            for (Thread t : threads) t.join();
            s.commit();
        }
        try (Stream<Path> pages = Files.list(site.resolve("sources"))) {
            assertEquals(200, pages.count());
        }
        assertEquals("page 137", Files.readString(site.resolve("sources/p137.html")));
    }

    /** The id of a process that has ended (ids are reused only after the system has cycled through them). */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        assertFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false));
        return p.pid();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("outside.txt")).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
