package dev.explainer.build;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages are drawn by every thread taking the next one: each exactly once, and a failure stops them all. */
class OnEveryCoreTest {
    @Test
    void everyItemIsDoneExactlyOnce() {
        AtomicIntegerArray seen = new AtomicIntegerArray(5000);
        Builder.onEveryCore(5000, seen::incrementAndGet);
        for (int i = 0; i < 5000; i++) assertEquals(1, seen.get(i), "item " + i);
        Builder.onEveryCore(0, i -> { throw new AssertionError("no items, no calls"); });
        AtomicInteger one = new AtomicInteger();
        Builder.onEveryCore(1, i -> one.incrementAndGet());
        assertEquals(1, one.get());
    }

    @Test
    void aSlowItemDoesNotHoldUpTheRest() {
        // Item 0 takes 300 ms; a thread taking items one at a time does all the others meanwhile,
        // where fixed halves of the list would leave a hundred waiting behind it.
        AtomicInteger doneMeanwhile = new AtomicInteger();
        AtomicInteger slowFinished = new AtomicInteger();
        Builder.onEveryCore(200, i -> {
            if (i == 0) {
                sleep(300);
                slowFinished.set(1);
            } else if (slowFinished.get() == 0) {
                doneMeanwhile.incrementAndGet();
            }
        });
        assertEquals(199, doneMeanwhile.get());
    }

    @Test
    void whatOneThreadThrowsIsThrownOnceAllHaveStopped() {
        AtomicInteger done = new AtomicInteger();
        IllegalStateException boom = new IllegalStateException("boom");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Builder.onEveryCore(10_000, i -> {
            if (i == 100) throw boom;
            done.incrementAndGet();
        }));
        assertTrue(thrown == boom || thrown.getCause() == boom, () -> "not the failure: " + thrown);
        int after = done.get();
        sleep(50);
        assertEquals(after, done.get(), "nothing runs on after the call returned");
        assertTrue(after < 10_000 - 1, "the others stopped early: " + after);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
