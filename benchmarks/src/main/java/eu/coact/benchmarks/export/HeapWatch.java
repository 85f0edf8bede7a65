package eu.coact.benchmarks.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Measures the live heap while a benchmark runs: every 50 ms it forces a full collection and
 * reads, for every heap pool, the usage the collector recorded at the end of that collection
 * (so allocations made after it are not counted), keeping the maximum. The forced collections slow the measured
 * code down, so only the heap figure of a watched run is meaningful, never its time.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
            .toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxLiveBytes;

    HeapWatch() {
        sample();
        sampler = new Thread(
                () -> {
                    while (running) {
                        sample();
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        System.gc();
        long live = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            live += afterCollection == null ? 0 : afterCollection.getUsed();
        }
        maxLiveBytes = Math.max(maxLiveBytes, live);
    }

    /** The largest heap in use right after a full collection, in MiB. */
    double maxLiveMiB() {
        return maxLiveBytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        sample();
    }
}
