package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A list entry's history: its current version, its withdrawal date if withdrawn, and its earlier versions. */
@Schema(description = "准入事项的版本历史")
public record ItemHistory(
        @Schema(description = "当前版本号") int versionNo,
        @Schema(description = "取消日期；未取消为空") LocalDate withdrawnOn,
        @Schema(description = "历史版本，新的在前") List<ItemVersion> versions) {

    public ItemHistory {
        versions = List.copyOf(versions);
    }
}
