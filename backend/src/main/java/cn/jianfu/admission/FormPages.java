package cn.jianfu.admission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom: centred titles, headings, paragraphs and bordered label/value rows
 * that wrap to their width and continue on the next page, and a footer numbering every page. Text
 * must already be {@link CjkFont#printable printable}.
 */
final class FormPages implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    /** The lowest baseline of the body; the footer sits below it. */
    private static final float BOTTOM = MARGIN + 16;

    private static final float SIZE = 10.5f;
    private static final float LEADING = SIZE * 1.5f;
    private static final float PAD = 4;
    private static final float LABEL_WIDTH = 96;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final ToUnicodeMap text;
    private PDPageContentStream out;
    private float y;

    FormPages(PDDocument doc, PDType0Font font) throws IOException {
        this.doc = doc;
        this.font = font;
        this.text = new ToUnicodeMap(font);
        newPage();
    }

    /** A line centred across the page, drawn heavier (the title). */
    void title(String text, float size) throws IOException {
        ensure(size * 1.6f);
        float w = width(text, size);
        y -= size;
        write(text, MARGIN + Math.max(0, (WIDTH - w) / 2), y, size, true);
        y -= size * 0.6f;
    }

    /** A section heading. */
    void heading(String text) throws IOException {
        gap(8);
        ensure(LEADING * 3);
        y -= SIZE * 1.2f;
        write(text, MARGIN, y, SIZE * 1.15f, true);
        y -= SIZE * 0.6f;
    }

    /** A paragraph across the page, wrapped, continuing on the next page when needed. */
    void paragraph(String text) throws IOException {
        for (String line : wrap(text, WIDTH, SIZE)) {
            ensure(LEADING);
            y -= LEADING;
            write(line, MARGIN, y + (LEADING - SIZE) / 2, SIZE, false);
        }
    }

    void gap(float height) {
        y -= height;
    }

    /** A bordered row: the label on the left, the value wrapped on the right; long values go on over pages. */
    void row(String label, String value) throws IOException {
        List<String> labelLines = wrap(label, LABEL_WIDTH - 2 * PAD, SIZE);
        List<String> lines = wrap(value, WIDTH - LABEL_WIDTH - 2 * PAD, SIZE);
        int next = 0;
        boolean first = true;
        while (first || next < lines.size()) {
            int fit = (int) ((y - BOTTOM - 2 * PAD) / LEADING);
            int wanted = Math.max(Math.min(lines.size() - next, 3), first ? labelLines.size() : 1);
            if (fit < Math.max(1, wanted) && y < TOP) {
                newPage();
                continue;
            }
            int take = Math.min(lines.size() - next, Math.max(fit, 1));
            List<String> left = first ? labelLines : List.of(label + "（续）");
            int height = Math.max(Math.max(take, 1), Math.min(left.size(), Math.max(fit, 1)));
            float h = height * LEADING + 2 * PAD;
            out.setLineWidth(0.5f);
            out.addRect(MARGIN, y - h, LABEL_WIDTH, h);
            out.addRect(MARGIN + LABEL_WIDTH, y - h, WIDTH - LABEL_WIDTH, h);
            out.stroke();
            for (int i = 0; i < Math.min(left.size(), height); i++) {
                write(left.get(i), MARGIN + PAD, baseline(i), SIZE, false);
            }
            for (int i = 0; i < take; i++) {
                write(lines.get(next + i), MARGIN + LABEL_WIDTH + PAD, baseline(i), SIZE, false);
            }
            y -= h;
            next += take;
            first = false;
        }
    }

    /** Writes "{left}" and "第 i 页 / 共 n 页" at the foot of every page, then the document's bytes. */
    byte[] finish(String footer) throws IOException {
        out.close();
        out = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream foot =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float size = SIZE * 0.8f;
                String number = "第 " + (i + 1) + " 页 / 共 " + total + " 页";
                writeOn(foot, footer, MARGIN, MARGIN, size, false);
                writeOn(foot, number, MARGIN + WIDTH - width(number, size), MARGIN, size, false);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return text.install(bytes.toByteArray());
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private float baseline(int line) {
        return y - PAD - (line + 1) * LEADING + (LEADING - SIZE) / 2 + SIZE * 0.12f;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void write(String text, float x, float baseline, float size, boolean heavy) throws IOException {
        writeOn(out, text, x, baseline, size, heavy);
    }

    private void writeOn(PDPageContentStream cs, String text, float x, float baseline, float size, boolean heavy)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        this.text.record(text);
        cs.beginText();
        cs.setFont(font, size);
        // the font has one weight: a thin outline drawn with the fill makes titles heavier
        cs.setRenderingMode(heavy ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        cs.setLineWidth(heavy ? size / 30 : 0.5f);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /**
     * {@code text} broken into lines no wider than {@code max}: at line breaks, else before the
     * character that overflows; a word of Latin letters or digits moves whole to the next line.
     */
    List<String> wrap(String text, float max, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int wordStart = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                if (width(line.toString() + Character.toString(cp), size) > max && line.length() > 0) {
                    boolean inWord = isWordChar(cp) && wordStart > 0 && wordStart < line.length();
                    String carry = inWord ? line.substring(wordStart) : "";
                    lines.add(line.substring(0, line.length() - carry.length()).stripTrailing());
                    line.setLength(0);
                    line.append(carry);
                    wordStart = 0;
                    if (cp == ' ') {
                        continue;
                    }
                }
                line.appendCodePoint(cp);
                if (!isWordChar(cp)) {
                    wordStart = line.length();
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    private float width(String text, float size) throws IOException {
        float w = 0;
        for (int cp : text.codePoints().toArray()) {
            w += charWidth(cp) * size;
        }
        return w;
    }

    private float charWidth(int cp) throws IOException {
        Float w = widths.get(cp);
        if (w == null) {
            w = font.getStringWidth(new String(Character.toChars(cp))) / 1000;
            widths.put(cp, w);
        }
        return w;
    }
}
