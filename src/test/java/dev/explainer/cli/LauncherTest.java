package dev.explainer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher passes on what the user gave the JVM, and keeps one class-data archive per jar. */
class LauncherTest {
    @Test
    void theJvmOptionsAreWhatComesBeforeDashJar() {
        assertEquals(List.of("-Xmx2g", "-Dexplainer.maxFileMb=64"),
                Launcher.jvmOptions(List.of("-Xmx2g", "-Dexplainer.maxFileMb=64", "-jar", "x.jar", "build", "-q"), "x.jar"));
        assertEquals(List.of(), Launcher.jvmOptions(List.of("-jar", "x.jar", "build"), "x.jar"));
    }

    @Test
    void aCommandLineItCannotReadSafelyRunsInTheFirstJvm() {
        assertNull(Launcher.jvmOptions(List.of("-cp", "x.jar", "dev.explainer.cli.Main", "build"), "x.jar"), "no -jar");
        assertNull(Launcher.jvmOptions(List.of("@options", "-jar", "x.jar", "build"), "x.jar"), "an argument file");
        assertNull(Launcher.jvmOptions(List.of("--add-opens", "a/b=c", "-jar", "x.jar"), "x.jar"), "an option with a separate value");
        assertNull(Launcher.jvmOptions(List.of("-jar", "other.jar", "build"), "x.jar"), "another jar");
    }

    @Test
    void theProjectIsTheFolderGivenWithDashC() {
        assertEquals(Path.of("a"), Launcher.project(new String[]{"build", "-C", "a"}));
        assertEquals(Path.of("b"), Launcher.project(new String[]{"build", "--project=b"}));
        assertEquals(Path.of("c"), Launcher.project(new String[]{"check", "-Cc"}));
        assertEquals(Path.of("."), Launcher.project(new String[]{"build", "-q"}));
    }

    @Test
    void theProjectsSizeIsItsContentAndArticles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("site"));
        Files.write(dir.resolve("content/facts.yaml"), new byte[300]);
        Files.write(dir.resolve("seeds/a.txt"), new byte[50]);
        Files.write(dir.resolve("site/index.html"), new byte[1000]);
        assertEquals(350, Launcher.projectBytes(dir));
        // Files one folder down are counted, and none deeper.
        Files.createDirectories(dir.resolve("seeds/more/deeper"));
        Files.write(dir.resolve("seeds/more/b.txt"), new byte[7]);
        Files.write(dir.resolve("seeds/more/deeper/c.txt"), new byte[3000]);
        assertEquals(357, Launcher.projectBytes(dir));
        assertEquals(0, Launcher.projectBytes(dir.resolve("nowhere")), "no project, no size: the command itself reports it");
    }

    @Test
    void aJarRecordsItsArchiveAtTheFirstBuildAndUsesItAfter(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("explainer.jar");
        Files.write(jar, new byte[]{1, 2, 3});
        List<String> first = Launcher.archiveOptions(jar, true);
        assertTrue(first.get(0).startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("explainer-")), first::toString);
        assertEquals(List.of(), Launcher.archiveOptions(jar, false), "serve does not record one: it may run for hours");

        Path archive = Launcher.archive(jar);
        Files.write(archive, new byte[]{9});
        assertEquals("-XX:SharedArchiveFile=" + archive, Launcher.archiveOptions(jar, false).get(0));

        Files.write(jar, new byte[]{1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5000));
        assertNotEquals(archive, Launcher.archive(jar), "a new jar has an archive of its own");
    }

    @Test
    void eachJvmHasAnArchiveOfItsOwnAndANewOneReplacesOnlyOlderJars(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("explainer.jar");
        Files.write(jar, new byte[]{1, 2, 3});
        Path on17 = Launcher.archive(jar, "/usr/lib/jvm/java-17 17.0.15+6");
        Path on25 = Launcher.archive(jar, "/usr/lib/jvm/temurin-25 25.0.3+9");
        assertNotEquals(on17, on25, "a JVM ignores another's archive, so they must not share one");
        assertEquals(on17, Launcher.archive(jar, "/usr/lib/jvm/java-17 17.0.15+6"));
        Files.write(on25, new byte[]{25});
        Path olderJar = dir.resolve("explainer-3-1-abc.jsa");
        Path olderName = dir.resolve("explainer-3-1.jsa");
        Path byHand = dir.resolve("explainer.jsa");
        for (Path p : List.of(olderJar, olderName, byHand)) Files.write(p, new byte[]{1});

        Files.write(Launcher.pending(on17), new byte[]{17});
        Launcher.settle(on17);
        assertTrue(Files.isRegularFile(on17), "put in place");
        assertTrue(Files.notExists(Launcher.pending(on17)), "nothing left pending");
        assertTrue(Files.isRegularFile(on25), "the other JVM's archive of this jar stays");
        assertTrue(Files.notExists(olderJar) && Files.notExists(olderName), "the archives of earlier jars go");
        assertTrue(Files.isRegularFile(byHand), "an archive made by hand under another name is not ours to remove");
    }

    @Test
    void aBareBuildOfASmallExplainerGetsTheBatchSettingsAndRecordsItsArchive(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        List<String> c = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-jar", jar.toString()), jar.toString(),
                Path.of("/jdk/bin/java")).orElseThrow();
        assertEquals("/jdk/bin/java", c.get(0));
        assertTrue(c.containsAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dexplainer.launched=true")), c::toString);
        assertTrue(c.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), c::toString);
        assertTrue(c.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:MaxTenuringThreshold")
                || o.startsWith("-XX:CompileThresholdScaling")), c::toString);
        assertEquals(List.of("-cp", jar.toString(), Main.class.getName(), "build", "-C", dir.toString()), c.subList(c.size() - 6, c.size()));
    }

    @Test
    void aLargeBuildKeepsTheOptimisingCompilerInliningLessWithAHeapToMatchAndTheParallelCollector(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        Files.createDirectories(dir.resolve("content"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("content/facts.yaml").toFile(), "rw")) {
            f.setLength(60L << 20); // sparse: only its length counts
        }
        List<String> c = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-jar", jar.toString()), jar.toString(),
                Path.of("java")).orElseThrow();
        assertTrue(c.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), c::toString);
        assertTrue(c.contains("-XX:FreqInlineSize=100"), c::toString);
        assertTrue(c.contains("-XX:CompileThresholdScaling=2"), c::toString);
        assertTrue(c.contains("-Xms480m"), c::toString);
        assertTrue(c.containsAll(List.of("-XX:+UseParallelGC", "-XX:InitialTenuringThreshold=0", "-XX:MaxTenuringThreshold=0",
                "-XX:GCTimeRatio=4", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30")), c::toString);
        assertFalse(c.contains("-XX:+UseSerialGC"), c::toString);
        List<String> given = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-XX:FreqInlineSize=325", "-jar",
                jar.toString()), jar.toString(), Path.of("java")).orElseThrow();
        assertEquals(1, given.stream().filter(o -> o.startsWith("-XX:FreqInlineSize")).count(), () -> "the user's replaces ours: " + given);
        List<String> scaling = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-XX:CompileThresholdScaling=1",
                "-jar", jar.toString()), jar.toString(), Path.of("java")).orElseThrow();
        assertEquals(1, scaling.stream().filter(o -> o.startsWith("-XX:CompileThresholdScaling")).count(), () -> "the user's replaces ours: " + scaling);
        List<String> serve = Launcher.command(new String[]{"serve", "-C", dir.toString()}, List.of("-jar", jar.toString()), jar.toString(),
                Path.of("java")).orElseThrow();
        assertTrue(serve.stream().noneMatch(o -> o.startsWith("-XX:FreqInlineSize") || o.startsWith("-XX:CompileThresholdScaling")),
                () -> "the preview runs for hours: " + serve);
        assertTrue(serve.stream().noneMatch(o -> o.contains("TenuringThreshold")), () -> "each rebuild's garbage would be promoted: " + serve);
        assertTrue(serve.contains("-XX:+UseSerialGC") && !serve.contains("-XX:+UseParallelGC"), serve::toString);
        List<String> g1 = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-XX:+UseG1GC", "-jar",
                jar.toString()), jar.toString(), Path.of("java")).orElseThrow();
        assertTrue(g1.stream().noneMatch(o -> o.contains("TenuringThreshold") || o.contains("HeapFreeRatio") || o.startsWith("-XX:GCTimeRatio")
                || o.equals("-XX:+UseParallelGC") || o.equals("-XX:+UseSerialGC")), () -> "a collector of the user's own: " + g1);
        List<String> tenuring = Launcher.command(new String[]{"build", "-C", dir.toString()}, List.of("-XX:MaxTenuringThreshold=15",
                "-XX:GCTimeRatio=19", "-XX:MaxHeapFreeRatio=50", "-jar", jar.toString()), jar.toString(), Path.of("java")).orElseThrow();
        assertTrue(tenuring.contains("-XX:+UseParallelGC"), tenuring::toString);
        for (String option : List.of("TenuringThreshold", "GCTimeRatio", "HeapFreeRatio")) {
            assertEquals(1, tenuring.stream().filter(o -> o.contains(option)).count(), () -> "the user's " + option + " replaces ours: " + tenuring);
        }
    }

    @Test
    void theUsersOwnJvmOptionsComeFirstAndReplaceOurs(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        List<String> c = Launcher.command(new String[]{"serve"}, List.of("-XX:+UseParallelGC", "-XX:+UseCompressedOops", "-Xmx2g",
                "-jar", jar.toString(), "serve"), jar.toString(), Path.of("java")).orElseThrow();
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-XX:+UseCompressedOops", "-Xmx2g"), c.subList(0, 4));
        assertTrue(c.stream().noneMatch(o -> o.equals("-XX:+UseSerialGC") || o.startsWith("-XX:TieredStopAtLevel")), c::toString);
        List<String> plain = Launcher.command(new String[]{"build"}, List.of("-XX:+UseCompressedOops", "-jar", jar.toString()),
                jar.toString(), Path.of("java")).orElseThrow();
        assertTrue(plain.contains("-XX:+UseSerialGC"), "an option that is not a collector leaves ours: " + plain);
    }

    @Test
    void recordingAnArchiveByHandHelpAndNewRunInTheFirstJvm(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        assertTrue(Launcher.command(new String[]{"build"}, List.of("-XX:ArchiveClassesAtExit=a.jsa", "-jar", jar.toString()),
                jar.toString(), Path.of("java")).isEmpty());
        assertTrue(Launcher.command(new String[]{"build", "--help"}, List.of("-jar", jar.toString()), jar.toString(), Path.of("java")).isEmpty());
        assertTrue(Launcher.command(new String[]{"new", "x"}, List.of("-jar", jar.toString()), jar.toString(), Path.of("java")).isEmpty());
    }

    private static Path jar(Path dir) throws IOException {
        Path jar = dir.resolve("explainer.jar");
        Files.write(jar, new byte[]{1});
        return jar;
    }
}
