package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchInsertTest {
    private static final String INSERT = "INSERT INTO t (word, seq) VALUES (?, ?)";

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:");
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE t (word VARCHAR(20), seq BIGINT)");
        }
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    @Test
    void rowsGoInFullBatchesAndTheRestOnFlush() throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, INSERT, 2)) {
            insert.add("a", 1L);
            assertThat(count()).isZero();
            insert.add("b", 2L);
            assertThat(count()).isEqualTo(2);
            insert.add("c", 3L);
            assertThat(count()).isEqualTo(2);
            insert.flush();
            assertThat(count()).isEqualTo(3);
            insert.flush();
            assertThat(count()).isEqualTo(3);
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT word, seq FROM t WHERE seq = 3")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("c");
            assertThat(rows.getLong(2)).isEqualTo(3);
        }
    }

    @Test
    void closingWithoutFlushSendsNothingMore() throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, INSERT, 5)) {
            insert.add("a", 1L);
        }
        assertThat(count()).isZero();
    }

    private long count() throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT COUNT(*) FROM t")) {
            row.next();
            return row.getLong(1);
        }
    }
}
