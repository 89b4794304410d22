package cn.jianfu.admission;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The printable approval form (审批单) of an application. */
@RestController
@RequestMapping("/api/admission")
@Tag(name = "准入申请")
class ApprovalFormController {

    private final ApprovalForms forms;

    ApprovalFormController(ApprovalForms forms) {
        this.forms = forms;
    }

    @GetMapping("/applications/{id}/approval-form.pdf")
    @Operation(
            summary = "打印审批单（PDF）",
            description = "能查看申请详情的用户均可打印：申请单位的用户随时可以；审核人、审批人、减负办、系统管理员和被抄送的用户或单位在提交后可以；"
                    + "其他人 404，不透露申请是否存在。返回 A4 的 PDF（在浏览器中直接打开）：事项信息、申请单位与提交时间、"
                    + "各环节的决定和意见（环节、办理人及其单位、结论、意见、时间）、审批结果（准入的清单编号或不予准入的理由），"
                    + "页脚有生成时间和页码。字体缺少的字符（如生僻字、表情符号）印为“□”。")
    ResponseEntity<byte[]> approvalForm(@Parameter(description = "申请 id") @PathVariable long id) {
        byte[] pdf = forms.pdf(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                // it shows the case as it is now, with names and opinions: no copies in caches
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("审批单-" + id + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }
}
