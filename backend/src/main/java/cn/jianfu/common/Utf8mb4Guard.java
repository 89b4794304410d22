package cn.jianfu.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a MySQL/MariaDB database whose default character set is not utf8mb4, before
 * anything is written to it: the engine creates its own tables in the database's default, and a
 * three-byte utf8 default would turn any name with a character outside the Basic Multilingual Plane
 * (𠀀, emoji) into an error. The message says how to create the database right. The embedded H2
 * database needs no check.
 */
@Component
class Utf8mb4Guard implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            check(dataSource);
        }
        return bean;
    }

    static void check(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!DatabaseKind.isMySqlFamily(c)) {
                return;
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DATABASE(), @@character_set_database")) {
                rs.next();
                String schema = rs.getString(1);
                String charset = rs.getString(2);
                if (!"utf8mb4".equalsIgnoreCase(charset)) {
                    throw new IllegalStateException(message(schema, charset));
                }
            }
        } catch (SQLException e) {
            // an unreachable database is reported by whatever uses it first, with its own message
        }
    }

    static String message(String schema, String charset) {
        return "数据库 " + schema + " 的默认字符集是 " + charset + "，不是 utf8mb4：生僻字和表情符号将无法保存，系统拒绝启动。"
                + "请新建数据库：CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "或把现有的空数据库改为 utf8mb4：ALTER DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " (The database " + schema + " defaults to " + charset + ", not utf8mb4; create it with"
                + " CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci.)";
    }
}
