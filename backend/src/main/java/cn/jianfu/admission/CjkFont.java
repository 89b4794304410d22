package cn.jianfu.admission;

import cn.jianfu.common.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The Chinese font of printed forms: Noto Sans SC Regular (SIL Open Font License 1.1), taken from
 * the npm package {@code @expo-google-fonts/noto-sans-sc} into the frontend jar at build time (see
 * frontend/pom.xml). Each PDF embeds only the glyphs it uses. Characters the font lacks (rare
 * characters outside the BMP, emoji) print as □ instead of failing the form.
 */
@Component
class CjkFont {

    static final String RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";
    /** What a character the font cannot draw prints as (the usual mark for a missing character). */
    static final String MISSING = "□";

    private volatile Loaded loaded;

    private record Loaded(byte[] bytes, CmapLookup cmap) {}

    /** The font, embedded as a subset into {@code doc}. */
    PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(loaded().bytes()), true);
    }

    /** {@code text} with every character the font cannot draw replaced by {@link #MISSING}; never null. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        CmapLookup cmap = loaded().cmap();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || selector(cp)) {
                out.append(cp == '\t' || cp == '\r' ? " " : "");
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString().replace(" \n", "\n");
    }

    /** Variation selectors (as after an emoji) only choose a form: nothing to print on their own. */
    private static boolean selector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                l = loaded;
            }
        }
        return l;
    }

    private static Loaded read() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "打印所需的中文字体未随程序安装，请联系系统管理员");
            }
            byte[] bytes = in.readAllBytes();
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            return new Loaded(bytes, cmap);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CJK font " + RESOURCE, e);
        }
    }
}
