package cn.jianfu.admission;

public enum TargetScope {
    ALL,
    SELECTED
}
