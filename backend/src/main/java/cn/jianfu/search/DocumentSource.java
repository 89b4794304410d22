package cn.jianfu.search;

import java.util.List;

/**
 * A feature's documents for the shared index. The index reads {@link #documents()} whenever it
 * rebuilds (on start and after every change some node announced through
 * {@link SearchIndex#markChanged()}), so an implementation simply reads its current rows.
 */
public interface DocumentSource {

    List<SearchDocument> documents();
}
