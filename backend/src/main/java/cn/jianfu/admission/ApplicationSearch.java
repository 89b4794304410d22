package cn.jianfu.admission;

/**
 * Filters of the application lists. {@code applicantOrgId} limits to one department (its drafts
 * included); without it drafts are never listed.
 */
record ApplicationSearch(Long applicantOrgId, ApplicationStatus status, String keyword) {}
