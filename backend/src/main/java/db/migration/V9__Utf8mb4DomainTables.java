package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every domain table in utf8mb4, whatever the database's default was when it was created, so that
 * any character a person can type (rare name characters outside the Basic Multilingual Plane,
 * emoji) is stored as typed; and utf8mb4 as the database default for tables created later. The
 * engine's own ACT_* tables are left as Camunda made them (utf8mb3): they receive ids, enums and
 * dates only. H2 (the embedded demo database) stores Unicode anyway and is skipped.
 */
public class V9__Utf8mb4DomainTables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT t.TABLE_NAME FROM information_schema.TABLES t "
                    + "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c "
                    + "ON c.COLLATION_NAME = t.TABLE_COLLATION "
                    + "WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' "
                    + "AND c.CHARACTER_SET_NAME <> 'utf8mb4' AND UPPER(t.TABLE_NAME) NOT LIKE 'ACT\\_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    sql.execute("ALTER TABLE `" + table.replace("`", "``")
                            + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
            } finally {
                sql.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }
}
