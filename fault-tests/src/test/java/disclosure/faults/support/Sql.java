package disclosure.faults.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC reads for the checks: the suite looks at the databases, it never writes to them. */
public final class Sql {
    private Sql() {
    }

    public static long count(Connection connection, String sql, Object... arguments) {
        List<List<Object>> rows = rows(connection, sql, arguments);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    /** Every row as the list of its column values; a {@code String[]} argument is bound as a text array. */
    public static List<List<Object>> rows(Connection connection, String sql, Object... arguments) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof String[] values) {
                    Array array = connection.createArrayOf("text", values);
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, arguments[i]);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<String> strings(Connection connection, String sql, Object... arguments) {
        return rows(connection, sql, arguments).stream().map(row -> (String) row.get(0)).toList();
    }
}
