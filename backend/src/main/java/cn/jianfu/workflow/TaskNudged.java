package cn.jianfu.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when someone nudges (催办) the holders of a case's open steps, inside the nudge's
 * transaction; the notification centre tells each holder once per step and day.
 */
public record TaskNudged(String processKey, String businessKey, List<String> taskIds, LocalDate day, String byName) {}
