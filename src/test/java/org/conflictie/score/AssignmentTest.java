package org.conflictie.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void beatsGreedy() {
        // Greedy takes (0,0)=3 first and then nothing is left for row 1: total 3.
        // Optimal: (0,1)=2 + (1,0)=2 = 4.
        long[][] w = {{3, 2}, {2, 0}};
        assertArrayEquals(new int[] {1, 0}, Assignment.maximise(w));
    }

    @Test
    void zeroCellsAreNeverPaired() {
        long[][] w = {{0, 0}, {0, 5}, {0, 0}};
        assertArrayEquals(new int[] {-1, 1, -1}, Assignment.maximise(w));
        assertArrayEquals(new int[0], Assignment.maximise(new long[0][0]));
        assertArrayEquals(new int[] {-1, -1}, Assignment.maximise(new long[2][0]));
    }

    @Test
    void agreesWithBruteForceOnRandomMatrices() {
        Random random = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            int n = random.nextInt(6), m = random.nextInt(6);
            long[][] w = new long[n][m];
            for (long[] row : w) {
                for (int j = 0; j < m; j++) row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
            }
            int[] got = Assignment.maximise(w);
            boolean[] used = new boolean[m];
            long total = 0;
            for (int i = 0; i < n; i++) {
                if (got[i] < 0) continue;
                assertTrue(w[i][got[i]] > 0, "paired a zero cell");
                assertTrue(!used[got[i]], "column used twice");
                used[got[i]] = true;
                total += w[i][got[i]];
            }
            assertEquals(best(w, 0, new boolean[m]), total, "trial " + trial);
        }
    }

    private static long best(long[][] w, int row, boolean[] used) {
        if (row == w.length) return 0;
        long best = best(w, row + 1, used); // row unmatched
        for (int j = 0; j < used.length; j++) {
            if (used[j] || w[row][j] <= 0) continue;
            used[j] = true;
            best = Math.max(best, w[row][j] + best(w, row + 1, used));
            used[j] = false;
        }
        return best;
    }
}
