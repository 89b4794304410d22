-- The working-day calendar (cn.jianfu.workflow.calendar): the days that differ from the plain week.
-- A Monday to Friday is a working day unless listed here as HOLIDAY; a Saturday or Sunday is a rest
-- day unless listed as MAKEUP_WORKDAY (调休上班). Step deadlines are counted in working days from
-- this table, read afresh for each computation (no node keeps a copy), so a change made on one node
-- counts on every node from the next deadline computed. Administrators keep it up to date; each
-- change also leaves an audit line.
CREATE TABLE calendar_special_day (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    special_date     DATE        NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    -- the holiday it belongs to: 春节, 国庆节, ... (a make-up workday names the holiday it makes up for)
    name             VARCHAR(30) NOT NULL,
    -- who changed the row last: NULL and 系统 for the rows seeded here
    changed_by       VARCHAR(50) NULL,
    changed_by_name  VARCHAR(50) NOT NULL,
    changed_at       DATETIME(3) NOT NULL,
    CONSTRAINT uk_calendar_special_day_date UNIQUE (special_date)
);

-- 2026, as the State Council's General Office published it on 4 November 2025
-- (国务院办公厅关于2026年部分节假日安排的通知, https://www.gov.cn/zhengce/content/202511/content_7047090.htm).
-- Every day of each holiday is listed, weekend days included, so the list reads like the notice.
-- 2027 is not seeded: its notice could not be verified when this was written; administrators add
-- it from the page 工作日历 once it is published.
INSERT INTO calendar_special_day (special_date, kind, name, changed_by, changed_by_name, changed_at) VALUES
    ('2026-01-01', 'HOLIDAY',        '元旦',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-01-02', 'HOLIDAY',        '元旦',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-01-03', 'HOLIDAY',        '元旦',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-01-04', 'MAKEUP_WORKDAY', '元旦',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-14', 'MAKEUP_WORKDAY', '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-15', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-16', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-17', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-18', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-19', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-20', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-21', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-22', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-23', 'HOLIDAY',        '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-02-28', 'MAKEUP_WORKDAY', '春节',   NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-04-04', 'HOLIDAY',        '清明节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-04-05', 'HOLIDAY',        '清明节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-04-06', 'HOLIDAY',        '清明节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-01', 'HOLIDAY',        '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-02', 'HOLIDAY',        '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-03', 'HOLIDAY',        '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-04', 'HOLIDAY',        '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-05', 'HOLIDAY',        '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-06-19', 'HOLIDAY',        '端午节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-06-20', 'HOLIDAY',        '端午节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-06-21', 'HOLIDAY',        '端午节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-09-20', 'MAKEUP_WORKDAY', '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-09-25', 'HOLIDAY',        '中秋节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-09-26', 'HOLIDAY',        '中秋节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-09-27', 'HOLIDAY',        '中秋节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-01', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-02', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-03', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-04', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-05', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-06', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-07', 'HOLIDAY',        '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3)),
    ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节', NULL, '系统', CURRENT_TIMESTAMP(3));
