package cn.jianfu.admission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text behind the glyphs of a subset font, from the characters actually written. PDFBox (3.0.6)
 * maps each glyph back to the lowest code point the font gives it, and Noto Sans SC shares glyphs
 * between ideographs and their Kangxi radicals (工 and ⼯, 入 and ⼊): copied or searched text would
 * come out in radicals. This map says which character each code stood for, and replaces the font's
 * /ToUnicode in the saved document.
 */
final class ToUnicodeMap {

    private final PDType0Font font;
    private final Map<Integer, Integer> codeToChar = new TreeMap<>();

    ToUnicodeMap(PDType0Font font) {
        this.font = font;
    }

    /** Remembers the code of each character of {@code text}, about to be shown with the font. */
    void record(String text) throws IOException {
        for (int cp : text.codePoints().toArray()) {
            byte[] code = font.encode(new String(Character.toChars(cp)));
            int c = code.length == 2 ? ((code[0] & 0xff) << 8) | (code[1] & 0xff) : code[0] & 0xff;
            codeToChar.putIfAbsent(c, cp);
        }
    }

    /** {@code pdf}, saved with the font, again with this map as the font's /ToUnicode. */
    byte[] install(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap().getBytes(StandardCharsets.US_ASCII));
            }
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    if (resources.getFont(name) instanceof PDType0Font type0) {
                        type0.getCOSObject().setItem(COSName.TO_UNICODE, stream);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private String cmap() {
        StringBuilder s = new StringBuilder();
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        HexFormat hex = HexFormat.of().withUpperCase();
        int inBlock = 0;
        int left = codeToChar.size();
        for (Map.Entry<Integer, Integer> e : codeToChar.entrySet()) {
            if (inBlock == 0) {
                s.append(Math.min(100, left)).append(" beginbfchar\n");
            }
            String utf16 = new String(Character.toChars(e.getValue()));
            s.append('<')
                    .append(hex.toHexDigits((short) e.getKey().intValue()))
                    .append("> <")
                    .append(hex.formatHex(utf16.getBytes(StandardCharsets.UTF_16BE)))
                    .append(">\n");
            inBlock++;
            left--;
            if (inBlock == 100 || left == 0) {
                s.append("endbfchar\n");
                inBlock = 0;
            }
        }
        return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
                .toString();
    }
}
