package org.conflictie.score;

import java.util.Arrays;

/**
 * Exact maximum-weight bipartite matching (the Hungarian algorithm, Kuhn-Munkres, in the
 * O(n²m) shortest-augmenting-path form with potentials).
 *
 * <p>Used twice by the scorer: to pair predicted with gold events, and to match values within a
 * multi-valued slot (actors, casualties). Greedy matching is not enough in either place: taking the
 * best-looking pair first can block two pairs that together agree on more.
 */
final class Assignment {
    private Assignment() {}

    /**
     * The matching of rows to columns with the largest total weight. A weight of 0 (or less) means
     * "may not be paired": such cells are never in the result, so the result is the best partial
     * matching over the positive cells.
     *
     * @param weights an n×m matrix, rows of equal length; n or m may be 0
     * @return for each row the column it is matched to, or -1
     */
    static int[] maximise(long[][] weights) {
        int n = weights.length;
        int m = n == 0 ? 0 : weights[0].length;
        int[] rowToCol = new int[n];
        Arrays.fill(rowToCol, -1);
        if (n == 0 || m == 0) return rowToCol;
        if (n > m) {
            long[][] t = new long[m][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) t[j][i] = weights[i][j];
            }
            int[] colToRow = maximise(t);
            for (int j = 0; j < m; j++) {
                if (colToRow[j] >= 0) rowToCol[colToRow[j]] = j;
            }
            return rowToCol;
        }
        // Minimise cost = -max(weight, 0) over complete assignments of the n rows to distinct columns
        // (n <= m). Clamping at 0 is what makes "not paired" free, so the optimum over complete
        // assignments equals the optimum over partial matchings of positive cells.
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];   // p[j]: row (1-based) assigned to column j, 0 = none
        int[] way = new int[m + 1];
        long inf = Long.MAX_VALUE / 4;
        long[] minv = new long[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, inf);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    long cur = -Math.max(weights[i0 - 1][j - 1], 0) - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= m; j++) {
            int i = p[j] - 1;
            if (i >= 0 && weights[i][j - 1] > 0) rowToCol[i] = j - 1;
        }
        return rowToCol;
    }
}
