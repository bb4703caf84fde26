package org.conflictie.format.brat;

import java.util.Arrays;

/**
 * Converts between the two ways of counting characters in one article.
 *
 * <ul>
 *   <li>Format v1 {@code start}/{@code end}: UTF-16 code units, as Java and JavaScript count
 *       ({@code text.substring(start, end)}).</li>
 *   <li>brat offsets: characters of the text as brat's Python server reads it, which is Unicode code points
 *       after universal-newline reading. So a character outside the Basic Multilingual Plane (an emoji, 𝔸) is
 *       two UTF-16 units but one brat character, and a {@code \r\n} pair is two UTF-16 units but one brat
 *       character (brat sees {@code \n}). A lone {@code \r} is one of each.</li>
 * </ul>
 *
 * <p>The brat {@code .txt} is the article byte for byte (CRLF kept), so offsets converted here point at the
 * same words in both views. A UTF-16 position inside a surrogate pair or between {@code \r} and {@code \n} has
 * no brat equivalent; {@link #isBoundary} tells such positions apart.
 */
public final class OffsetMapper {
    private final int length;
    /** bratToUtf16[b] = UTF-16 index where brat character b starts; last entry = length. */
    private final int[] bratToUtf16;
    /** utf16ToBrat[i] = brat index of the character that contains UTF-16 unit i; last entry = brat length. */
    private final int[] utf16ToBrat;

    public OffsetMapper(String text) {
        length = text.length();
        utf16ToBrat = new int[length + 1];
        int[] starts = new int[length + 1];
        int b = 0;
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            boolean pair = i + 1 < length
                    && ((Character.isHighSurrogate(c) && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (c == '\r' && text.charAt(i + 1) == '\n'));
            int width = pair ? 2 : 1;
            starts[b] = i;
            for (int k = 0; k < width; k++) {
                utf16ToBrat[i + k] = b;
            }
            i += width;
            b++;
        }
        starts[b] = length;
        utf16ToBrat[length] = b;
        bratToUtf16 = Arrays.copyOf(starts, b + 1);
    }

    /** The article's length in brat characters. */
    public int bratLength() {
        return bratToUtf16.length - 1;
    }

    /** The article's length in UTF-16 units. */
    public int utf16Length() {
        return length;
    }

    /** True when a span may start or end at this UTF-16 position (not inside a surrogate pair or a CRLF). */
    public boolean isBoundary(int utf16) {
        checkRange(utf16, length, "UTF-16 offset");
        return bratToUtf16[utf16ToBrat[utf16]] == utf16;
    }

    /** The brat offset of a UTF-16 position, which must be a {@linkplain #isBoundary boundary}. */
    public int toBrat(int utf16) {
        if (!isBoundary(utf16)) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16
                    + " is inside a surrogate pair or a \\r\\n and has no brat offset");
        }
        return utf16ToBrat[utf16];
    }

    /** The UTF-16 position of a brat offset. */
    public int toUtf16(int brat) {
        checkRange(brat, bratLength(), "brat offset");
        return bratToUtf16[brat];
    }

    private static void checkRange(int offset, int max, String what) {
        if (offset < 0 || offset > max) {
            throw new IndexOutOfBoundsException(what + " " + offset + " outside 0.." + max);
        }
    }
}
