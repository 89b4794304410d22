package cn.jianfu.attachment;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "附件", description = "下载准入申请和问题线索的附件（上传与删除见各自的接口）。")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /** Always a download, never rendered inline, and never sniffed into something else by the browser. */
    @GetMapping("/api/attachments/{id}")
    @Operation(
            summary = "下载附件",
            description = "能查看附件所属申请或线索的已登录用户可下载，其他人 404，不透露附件是否存在。"
                    + "始终以附件方式下载（Content-Disposition: attachment，带原文件名），Content-Type 为上传时按内容识别的类型，"
                    + "并带 X-Content-Type-Options: nosniff。")
    ResponseEntity<InputStreamResource> download(@Parameter(description = "附件 id") @PathVariable long id)
            throws IOException {
        Attachment a = attachments.readable(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.open(a)));
    }
}
