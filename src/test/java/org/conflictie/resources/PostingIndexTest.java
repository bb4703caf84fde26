package org.conflictie.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingIndexTest {
    private static Gazetteer.IntList list(int... values) {
        Gazetteer.IntList l = new Gazetteer.IntList();
        for (int v : values) l.add(v);
        return l;
    }

    @Test
    void findsEveryKeyWithItsPostingsInInsertionOrder() {
        Map<String, Gazetteer.IntList> m = new LinkedHashMap<>();
        m.put("mosul", list(7, 3, 9));
        m.put("erbil", list(1));
        m.put("zakho", list(4, 2));
        m.put("bogota", list(5));
        m.put("bogotá", list(6)); // sorts after "bogota" and before "erbil" by code point
        m.put("a", list(8));
        PostingIndex index = PostingIndex.of(m);
        assertEquals(6, index.size());
        m.forEach((k, v) -> assertArrayEquals(v.toArray(), index.get(k), k));
        for (String missing : List.of("", "b", "bogot", "bogotaa", "mosu", "mosulx", "zz", "0")) {
            assertArrayEquals(new int[0], index.get(missing), missing);
        }
        for (int i = 1; i < index.size(); i++) {
            // keys are stored sorted, so bisection is valid
            String prev = index.keys.get(i - 1);
            assertEquals(-1, Integer.signum(java.util.Arrays.compareUnsigned(prev.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    index.keys.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertArrayEquals(new int[0], PostingIndex.of(Map.of()).get("anything"));
    }

    @Test
    void packedStringsRoundTripAndRefuseBrokenOffsets() {
        PackedStrings p = PackedStrings.of(List.of("Mosul", "", "Ḥalab", "北京"));
        assertEquals(List.of("Mosul", "", "Ḥalab", "北京"), List.of(p.get(0), p.get(1), p.get(2), p.get(3)));
        assertThrows(IllegalArgumentException.class, () -> new PackedStrings(new byte[4], new int[]{0, 2}));
        assertThrows(IllegalArgumentException.class, () -> new PostingIndex(p, new int[]{0, 1}, new int[]{1}));
    }
}
