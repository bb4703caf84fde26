package org.conflictie.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the seed report in headless Chromium: its screenshot must show a page (not a blank or an
 * error page) with the CSS's highlight colours, and the DOM after the page's script ran must hold
 * the highlighted spans. Skipped when {@code /usr/bin/chromium} is missing, unless
 * {@code IE_REQUIRE_BROWSER=1} (CI sets it and installs Chromium), where a missing browser fails.
 */
class BrowserRenderTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The flags that work on these machines: no sandbox as root, no background network (it is closed). */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars");

    @TempDir
    static Path dir;
    static Path page;
    static String html;

    @BeforeAll
    static void renderReport() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " is missing: install Debian's chromium to run the browser test";
            if ("1".equals(System.getenv("IE_REQUIRE_BROWSER"))) fail(message + " (IE_REQUIRE_BROWSER=1)");
            Assumptions.abort(message);
        }
        html = SeedReport.render().html();
        page = dir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    @Test
    void screenshotShowsThePageWithItsHighlightColours() throws Exception {
        Path png = dir.resolve("report.png");
        chromium("shot", "--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());

        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) nonWhite++;
            }
        }
        double inked = (double) nonWhite / (image.getWidth() * image.getHeight());
        assertTrue(colours.size() > 200, "only " + colours.size() + " colours: a blank or error page?");
        assertTrue(inked > 0.05, "only " + Math.round(inked * 100) + "% of the pixels are not white");
        for (String kind : List.of("trigger", "target", "place", "casualty")) {
            int colour = cssBackground("k-" + kind);
            long pixels = count(image, colour);
            assertTrue(pixels > 100, kind + " colour #" + Integer.toHexString(colour) + " on only " + pixels + " pixels");
        }
    }

    @Test
    void domAfterScriptsHoldsTheHighlightedSpans() throws Exception {
        String dom = chromium("dom", "--dump-dom", page.toUri().toString());
        assertTrue(dom.contains("<html lang=\"en\" class=\"js\">"), "the page's script ran: " + head(dom));
        Matcher count = Pattern.compile("data-highlights=\"(\\d+)\"").matcher(dom);
        assertTrue(count.find(), "the script counted the highlights");
        int spans = html.split("<span class=\"hl k-", -1).length - 1 - SpanKind.values().length; // minus the legend
        assertEquals(spans, Integer.parseInt(count.group(1)));
        assertTrue(spans > 50, "spans: " + spans);
        assertTrue(dom.contains("<span class=\"hl k-target m-spurious\" title=\"p1 · target · rule actor.handmade-spurious"
                + " · spurious\" data-ev=\"p:p1\">Pentagon</span>"), "spurious target highlighted");
        assertTrue(dom.contains("data-ev=\"p:p1\">Daesh terrorists</span>"), "right target highlighted");
        assertTrue(dom.contains("<tr data-ev=\"g:e2\">"), "missed gold event in the table");
        assertTrue(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""), "score chart");
    }

    /** Runs Chromium with a fresh profile; returns what it printed on stdout. */
    private static String chromium(String name, String... args) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out"), err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The background colour the report's CSS gives {@code .cls}, as 0xRRGGBB. */
    private static int cssBackground(String cls) throws IOException {
        String css;
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\." + Pattern.quote(cls) + " \\{ background: #([0-9a-fA-F]{6}); \\}").matcher(css);
        assertTrue(m.find(), "no background for ." + cls + " in report.css");
        return Integer.parseInt(m.group(1), 16);
    }

    /** Pixels within 3 of {@code colour} in every channel (allowing for colour management). */
    private static long count(BufferedImage image, int colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (near(rgb >> 16, colour >> 16) && near(rgb >> 8, colour >> 8) && near(rgb, colour)) n++;
            }
        }
        return n;
    }

    private static boolean near(int a, int b) {
        return Math.abs((a & 0xFF) - (b & 0xFF)) <= 3;
    }

    private static String head(String s) {
        return s.substring(0, Math.min(300, s.length()));
    }
}
