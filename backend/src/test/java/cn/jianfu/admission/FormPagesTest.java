package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The approval form's page writer and font, without the application around them. */
class FormPagesTest {

    private final CjkFont font = new CjkFont();

    @Test
    void charactersTheFontLacksPrintAsABox() {
        assertThat(font.printable("生僻字𠀀😀\tA\r\n")).isEqualTo("生僻字" + CjkFont.MISSING + CjkFont.MISSING + " A\n");
        assertThat(font.printable(CjkFont.MISSING))
                .as("the box itself is in the font")
                .isEqualTo(CjkFont.MISSING);
        assertThat(font.printable(null)).isEmpty();
        assertThat(font.printable("❤\uFE0F👨\u200D👩"))
                .as("one box a picture, no boxes for joiners and selectors")
                .isEqualTo(font.printable("❤") + CjkFont.MISSING + CjkFont.MISSING);
    }

    @Test
    void latinWordsMoveWholeToTheNextLine() throws Exception {
        try (PDDocument doc = new PDDocument();
                FormPages pages = new FormPages(doc, font.load(doc))) {
            String text = "Self assessment in English words that wrap. ".repeat(20) + "中文逐字换行。".repeat(20);
            List<String> lines = pages.wrap(text, 200, 10.5f);
            assertThat(lines).hasSizeGreaterThan(5);
            String words = String.join(" ", lines);
            assertThat(words.replaceAll(" +", " ")).contains("Self assessment in English words that wrap.");
            for (String line : lines) {
                if (!line.contains("中")) {
                    assertThat(line).matches("(Self|assessment|in|English|words|that|wrap\\.)( \\S+)*");
                }
            }
        }
    }

    @Test
    void copiedTextIsTheIdeographsWrittenNotTheirRadicals() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                FormPages pages = new FormPages(doc, font.load(doc))) {
            pages.title("工作事务准入审批单", 18);
            pages.row("意见", "材料齐全，同意列入清单");
            pdf = pages.finish("生成时间");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("工作事务准入审批单", "材料齐全，同意列入清单", "第 1 页 / 共 1 页");
        }
    }
}
