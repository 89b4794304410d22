-- Search (cn.jianfu.search): the synonym groups the office edits, and the change counter every
-- node reads before searching, so that all nodes rebuild their in-memory index after a change.
CREATE TABLE search_synonym_group (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the group's terms joined by '|' (a term may not contain it)
    terms      VARCHAR(1000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL
);

CREATE TABLE search_index_version (
    id      INT    NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO search_index_version (id, version) VALUES (1, 1);

-- Words village cadres and departments use for the same practice or thing.
INSERT INTO search_synonym_group (terms, created_at, updated_at) VALUES
    ('打卡|签到', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('挂牌|牌子|标牌', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('台账|报表', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('App|小程序|APP|客户端', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('微信群|工作群|QQ群', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('填报|上报|报送', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('拍照|照片|截图', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('走访|入户', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('责任书|承诺书', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('村委会|村民委员会', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('居委会|居民委员会', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
    ('低保|最低生活保障', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
