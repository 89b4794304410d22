package cn.jianfu.search;

import java.util.List;

/** A synonym group as the office edits it; checked by {@link SynonymRules}. */
public record SynonymForm(List<String> terms) {}
