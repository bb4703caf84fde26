package org.conflictie.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap use of this JVM, for benchmarks and run manifests. */
public final class HeapUsage {
    private HeapUsage() {}

    /**
     * The sum of each heap pool's peak usage since the JVM started. The pools peak at different
     * moments, so this is an upper bound of the true peak, and the same measure across runs.
     */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
