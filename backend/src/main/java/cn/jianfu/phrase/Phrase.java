package cn.jianfu.phrase;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "一条常用意见")
public record Phrase(@Schema(description = "常用意见 id") long id, @Schema(description = "意见文字，最多200个字") String text) {}
