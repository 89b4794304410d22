package cn.jianfu.admission;

import java.time.LocalDate;

/** An entry of the admission list (准入清单): what was approved, by whom it is led, and for how long. */
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
        Long applicationId) {

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
                null);
    }
}
