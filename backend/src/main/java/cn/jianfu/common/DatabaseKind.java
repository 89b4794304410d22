package cn.jianfu.common;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database a connection reaches: MySQL/MariaDB (what counties run) or the embedded H2 demo. */
public final class DatabaseKind {

    private DatabaseKind() {}

    public static boolean isMySqlFamily(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        return product.contains("mysql") || product.contains("mariadb");
    }
}
