package cn.jianfu.admission;

import java.time.LocalDate;

/** Filters of the admission list; {@code activeOn} keeps only entries valid on that day. */
record AdmissionItemSearch(String keyword, ItemCategory category, Long leadOrgId, LocalDate activeOn) {}
