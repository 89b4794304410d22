package cn.jianfu.clue;

import java.util.List;

/**
 * The office's quick assignment: {@code reason} is required when not accepting (the reporter reads
 * it); {@code mergeIntoClueId} when merging; {@code unitIds} when assigning, with {@code dual} asking
 * for a dual assignment (a grassroots unit and a county department among the units).
 */
public record TriageForm(
        TriageDecision decision, String reason, Long mergeIntoClueId, List<Long> unitIds, Boolean dual) {}
