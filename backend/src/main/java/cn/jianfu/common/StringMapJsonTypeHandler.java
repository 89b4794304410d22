package cn.jianfu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Stores a small {@code Map<String, String>} as a JSON text column (a null column reads as an empty map). */
public class StringMapJsonTypeHandler extends BaseTypeHandler<Map<String, String>> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {};

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Map<String, String> value, JdbcType jdbcType)
            throws SQLException {
        try {
            ps.setString(i, value.isEmpty() ? null : JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write the map as JSON", e);
        }
    }

    @Override
    public Map<String, String> getNullableResult(ResultSet rs, String column) throws SQLException {
        return read(rs.getString(column));
    }

    @Override
    public Map<String, String> getNullableResult(ResultSet rs, int index) throws SQLException {
        return read(rs.getString(index));
    }

    @Override
    public Map<String, String> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return read(cs.getString(index));
    }

    private static Map<String, String> read(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new SQLException("column does not hold a JSON object of strings", e);
        }
    }
}
