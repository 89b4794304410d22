package cn.jianfu.admission;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An entry of the admission list (准入清单): what was approved, by whom it is led and with whom,
 * where it applies, what it costs a village, and for how long. The entry keeps the scope and
 * workload it was admitted with; entries registered outside the platform without them have
 * {@code targetScope} null (the burden meter counts them everywhere).
 *
 * @param cooperatingOrgs the cooperating departments' names as admitted, joined by 、 (also as a
 *     list in {@code cooperatingOrgNames})
 * @param targetScope {@code ALL} villages of the county, or the {@code SELECTED} townships' villages
 *     and the selected villages
 * @param workloadHoursPerMonth expected hours per village per month
 */
public record AdmissionItem(
        Long id,
        String listNo,
        String itemName,
        ItemCategory category,
        Long leadOrgId,
        String leadOrgName,
        String cooperatingOrgs,
        String legalBasis,
        String content,
        String performanceStandard,
        Frequency frequency,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        Long applicationId,
        TargetScope targetScope,
        List<String> targetTownshipNames,
        List<String> targetVillageNames,
        BigDecimal workloadHoursPerMonth) {

    static final String NAME_SEPARATOR = "、";

    public AdmissionItem {
        targetTownshipNames = targetTownshipNames == null ? List.of() : List.copyOf(targetTownshipNames);
        targetVillageNames = targetVillageNames == null ? List.of() : List.copyOf(targetVillageNames);
    }

    /** As read by the mapper, one argument per column; the chosen townships and villages are added by {@link #withTargets}. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    AdmissionItem(
            Long id,
            String listNo,
            String itemName,
            ItemCategory category,
            Long leadOrgId,
            String leadOrgName,
            String cooperatingOrgs,
            String legalBasis,
            String content,
            String performanceStandard,
            Frequency frequency,
            LocalDate effectiveDate,
            LocalDate expiryDate,
            Long applicationId,
            TargetScope targetScope,
            BigDecimal workloadHoursPerMonth) {
        this(
                id,
                listNo,
                itemName,
                category,
                leadOrgId,
                leadOrgName,
                cooperatingOrgs,
                legalBasis,
                content,
                performanceStandard,
                frequency,
                effectiveDate,
                expiryDate,
                applicationId,
                targetScope,
                List.of(),
                List.of(),
                workloadHoursPerMonth);
    }

    /** The cooperating departments by name (配合部门), empty when there are none. */
    @JsonProperty("cooperatingOrgNames")
    public List<String> cooperatingOrgNames() {
        if (cooperatingOrgs == null || cooperatingOrgs.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cooperatingOrgs.split(NAME_SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    AdmissionItem withTargets(List<String> townships, List<String> villages) {
        return new AdmissionItem(
                id,
                listNo,
                itemName,
                category,
                leadOrgId,
                leadOrgName,
                cooperatingOrgs,
                legalBasis,
                content,
                performanceStandard,
                frequency,
                effectiveDate,
                expiryDate,
                applicationId,
                targetScope,
                townships,
                villages,
                workloadHoursPerMonth);
    }

    /** The same entry without the internal link to the application, for the public lookup. */
    public AdmissionItem forPublic() {
        return new AdmissionItem(
                id,
                listNo,
                itemName,
                category,
                leadOrgId,
                leadOrgName,
                cooperatingOrgs,
                legalBasis,
                content,
                performanceStandard,
                frequency,
                effectiveDate,
                expiryDate,
                null,
                targetScope,
                targetTownshipNames,
                targetVillageNames,
                workloadHoursPerMonth);
    }
}
