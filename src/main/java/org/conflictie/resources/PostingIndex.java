package org.conflictie.resources;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A map from name keys to lists of ints (form or entry numbers), stored as sorted packed keys and
 * one postings array, and searched by bisection. Built once from a hash map; a lookup costs about
 * twenty key comparisons, which is nothing beside the rest of a gazetteer lookup, and loading it is
 * reading three arrays instead of inserting some 300,000 keys into a hash map.
 */
final class PostingIndex {
    private static final int[] NONE = new int[0];

    final PackedStrings keys;
    /** Postings of key {@code i} are {@code postings[starts[i]..starts[i + 1])}, in insertion order. */
    final int[] starts;
    final int[] postings;

    PostingIndex(PackedStrings keys, int[] starts, int[] postings) {
        if (starts.length != keys.size() + 1 || starts[keys.size()] != postings.length) {
            throw new IllegalArgumentException("postings do not match the keys");
        }
        this.keys = keys;
        this.starts = starts;
        this.postings = postings;
    }

    static PostingIndex of(Map<String, Gazetteer.IntList> map) {
        String[] sorted = map.keySet().toArray(new String[0]);
        byte[][] encoded = new byte[sorted.length][];
        Integer[] order = new Integer[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            encoded[i] = sorted[i].getBytes(StandardCharsets.UTF_8);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(encoded[a], encoded[b]));
        int total = 0;
        for (Gazetteer.IntList l : map.values()) total += l.size();
        java.util.List<String> keys = new java.util.ArrayList<>(sorted.length);
        int[] starts = new int[sorted.length + 1];
        int[] postings = new int[total];
        int at = 0;
        for (int i = 0; i < order.length; i++) {
            String k = sorted[order[i]];
            keys.add(k);
            int[] p = map.get(k).toArray();
            System.arraycopy(p, 0, postings, at, p.length);
            at += p.length;
            starts[i + 1] = at;
        }
        return new PostingIndex(PackedStrings.of(keys), starts, postings);
    }

    /** The postings of {@code key}, or an empty array. */
    int[] get(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.compare(mid, k);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return Arrays.copyOfRange(postings, starts[mid], starts[mid + 1]);
        }
        return NONE;
    }

    int size() {
        return keys.size();
    }
}
