package org.conflictie.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of this JVM so far, as the sum of each heap pool's peak: an upper bound (the pools
 * peak at different moments), but one that is cheap, needs no sampling thread and is the same
 * measure in {@code ie benchmark} and {@code ie extract}.
 */
final class PeakHeap {
    private PeakHeap() {}

    static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
