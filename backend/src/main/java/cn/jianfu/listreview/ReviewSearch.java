package cn.jianfu.listreview;

/**
 * Which reviews a list shows.
 *
 * @param status one status, or all
 * @param openOnly only those still running
 * @param leadOrgId only items led by this department
 * @param scopeOrgId only items whose scope reaches this village or township
 */
record ReviewSearch(ReviewStatus status, boolean openOnly, Long leadOrgId, Long scopeOrgId) {}
