package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;

/** Answer to a new clue: its number and the query code, which is shown this once and never again. */
@Schema(description = "新线索的回执")
public record ClueReceipt(
        @Schema(description = "线索 id") long id,
        @Schema(description = "线索编号，如 XS-2026-0001，每年重新编号") String clueNo,
        @Schema(description = "查询码，20个字母或数字；只在此时给出一次，服务端只保存其散列值，遗失后无法找回") String queryCode) {

    /** Never prints the query code. */
    @Override
    public String toString() {
        return "ClueReceipt[id=" + id + ", clueNo=" + clueNo + ", queryCode=***]";
    }
}
