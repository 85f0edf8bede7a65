package eu.coact.benchmarks.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches the live heap while a benchmark runs: the heap in use right after each garbage
 * collection (what the program really holds), sampled every millisecond, keeping the maximum.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxLiveBytes;

    HeapWatch() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                long live = 0;
                for (MemoryPoolMXBean p : pools) {
                    MemoryUsage after = p.getCollectionUsage();
                    live += after == null ? 0 : after.getUsed();
                }
                maxLiveBytes = Math.max(maxLiveBytes, live);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The largest heap still in use after a collection, in MiB. */
    double maxLiveMiB() {
        return maxLiveBytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
