package org.conflictie.format;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Renders Jackson reference chains as the paths users see in messages, e.g. {@code events[2].casualties[0].count}. */
final class JsonPaths {
    private JsonPaths() {}

    static String of(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!s.isEmpty()) s.append('.');
                s.append(r.getFieldName());
            }
        }
        return s.isEmpty() ? "$" : s.toString();
    }
}
