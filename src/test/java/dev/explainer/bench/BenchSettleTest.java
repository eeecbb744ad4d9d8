package dev.explainer.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchSettleTest {
    @Test
    void pendingWritesAreFlushedBeforeATimedRun() throws Exception {
        assertTrue(Bench.onPath("sync").isPresent(), "sync (coreutils) is on the PATH of every machine the benchmark runs on");
        assertTrue(Bench.settle(), "sync ran and succeeded");
    }
}
