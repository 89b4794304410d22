package cn.jianfu.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    private static byte[] zipWith(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void recognisesAcceptedTypesByTheirContent() throws Exception {
        assertThat(FileType.detect("a.pdf", "%PDF-1.7 ...".getBytes())).contains(FileType.PDF);
        assertThat(FileType.detect("a.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileType.PNG);
        assertThat(FileType.detect("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains(FileType.JPEG);
        assertThat(FileType.detect("a.docx", zipWith("word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.detect("a.xlsx", zipWith("xl/workbook.xml"))).contains(FileType.XLSX);
    }

    @Test
    void refusesContentThatDoesNotMatchItsExtension() throws Exception {
        assertThat(FileType.detect("report.pdf", "<html><script>".getBytes())).isEmpty();
        assertThat(FileType.detect("photo.png", "%PDF-1.7".getBytes())).isEmpty();
        assertThat(FileType.detect("report.docx", zipWith("payload.exe"))).isEmpty();
        assertThat(FileType.detect("noextension", "%PDF-1.7".getBytes())).isEmpty();
        assertThat(FileType.detect("page.html", "<html>".getBytes())).isEmpty();
        assertThat(FileType.detect("a.pdf", new byte[0])).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(AttachmentService.safeFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentService.safeFileName("C:\\temp\\依据.pdf")).isEqualTo("依据.pdf");
        assertThat(AttachmentService.safeFileName("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(AttachmentService.safeFileName("a\u0000b\"c.pdf")).isEqualTo("abc.pdf");
        assertThat(AttachmentService.safeFileName("很长".repeat(150) + ".pdf"))
                .hasSizeLessThanOrEqualTo(200)
                .endsWith(".pdf");
    }
}
