package org.conflictie.resources;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Many strings kept as one UTF-8 byte array and an offset table. The gazetteer holds some 700,000
 * names, keys and codes: as {@code String} objects they cost about 100 MB of heap and most of the
 * load time; packed they are two arrays that a snapshot reads in one go, decoded only when asked.
 */
final class PackedStrings {
    final byte[] bytes;
    /** Start of string {@code i} in {@link #bytes}; {@code offsets[size()]} is the end of the last. */
    final int[] offsets;

    PackedStrings(byte[] bytes, int[] offsets) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != bytes.length) {
            throw new IllegalArgumentException("offsets do not cover the bytes");
        }
        this.bytes = bytes;
        this.offsets = offsets;
    }

    static PackedStrings of(List<String> strings) {
        byte[][] encoded = new byte[strings.size()][];
        int total = 0;
        for (int i = 0; i < encoded.length; i++) total += (encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8)).length;
        byte[] bytes = new byte[total];
        int[] offsets = new int[encoded.length + 1];
        for (int i = 0, at = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
            at += encoded[i].length;
            offsets[i + 1] = at;
        }
        return new PackedStrings(bytes, offsets);
    }

    int size() {
        return offsets.length - 1;
    }

    String get(int i) {
        return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** String {@code i} against {@code key} in unsigned byte order (code point order, for UTF-8). */
    int compare(int i, byte[] key) {
        return Arrays.compareUnsigned(bytes, offsets[i], offsets[i + 1], key, 0, key.length);
    }
}
