package cn.jianfu.burden;

/** Which villages a burden figure covers: a township's, one village, or all; optionally only those over capacity. */
record BurdenFilter(Long townshipId, Long villageId, boolean overCapacityOnly) {

    static BurdenFilter county() {
        return new BurdenFilter(null, null, false);
    }
}
