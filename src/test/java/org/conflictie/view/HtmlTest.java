package org.conflictie.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAmpersandsAndBothQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; AT&amp;T &#39;s",
                Html.escape("<script>alert(\"x\")</script> AT&T 's"));
        assertEquals("plain text stays", Html.escape("plain text stays"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void escapesTextAndAttributeValuesButLeavesOutNullAttributes() {
        String html = new Html().element("span", "a < b & c", "title", "\"quoted\" <b>", "class", null).toString();
        assertEquals("<span title=\"&quot;quoted&quot; &lt;b&gt;\">a &lt; b &amp; c</span>", html);
    }
}
