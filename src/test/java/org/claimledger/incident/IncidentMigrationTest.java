package org.claimledger.incident;

import org.claimledger.embedded.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that holds claims from before incidents had titles still migrates: each incident its claims
 * name gets a row, titled from its slug and marked as derived, and the claims keep their incident.
 * Runs on a PostgreSQL of its own, migrated step by step from the files in migrations/.
 */
class IncidentMigrationTest {

    @Test
    void existingIncidentSlugsGetDerivedTitlesAndTheForeignKeyHolds() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Files.createTempDirectory("incident-migration"), 0, true);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "")) {
            flyway(db).target("4").load().migrate();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO party (slug, name, belligerent, created_by, recorded_by) VALUES"
                        + " ('north', 'North', true, 'test', 'test')");
                s.execute("INSERT INTO source (slug, name, kind, created_by, recorded_by) VALUES"
                        + " ('monitor', 'Monitor', 'monitor', 'test', 'test')");
                for (String incident : new String[] {"barda-2020-10-28", "barda-2020-10-28", "am-mod-tank-footage-2020"}) {
                    s.execute("INSERT INTO claim (public_id, source_id, stated_on, category, metric, incident, statement,"
                            + " citations, created_by, recorded_by) SELECT gen_random_uuid(), id, DATE '2020-10-30',"
                            + " 'allegation', 'attacks', '" + incident + "', 'A statement',"
                            + " '[{\"title\": \"A report\"}]', 'test', 'test' FROM source WHERE slug = 'monitor'");
                }
                s.execute("INSERT INTO claim (public_id, source_id, stated_on, category, metric, statement, citations,"
                        + " created_by, recorded_by) SELECT gen_random_uuid(), id, DATE '2020-10-30', 'other', 'other',"
                        + " 'No incident', '[{\"title\": \"A report\"}]', 'test', 'test' FROM source");
            }

            flyway(db).load().migrate();

            Map<String, String> titles = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT slug, title, title_derived FROM incident ORDER BY slug")) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(3)).as("%s is marked derived", rs.getString(1)).isTrue();
                    titles.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(titles).containsExactly(Map.entry("am-mod-tank-footage-2020", "Am Mod Tank Footage 2020"),
                    Map.entry("barda-2020-10-28", "Barda, 2020-10-28"));
            assertThat(count(c, "claim WHERE incident = 'barda-2020-10-28'")).isEqualTo(2);
            assertThat(refusal(c, "UPDATE claim SET incident = 'nowhere', revision = revision + 1"
                    + " WHERE incident = 'barda-2020-10-28'")).contains("claim_incident_known");
            assertThat(refusal(c, "DELETE FROM incident")).contains("refused");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(EmbeddedDatabase db) {
        return Flyway.configure().dataSource(db.jdbcUrl(), EmbeddedDatabase.USER, "").locations("filesystem:migrations");
    }

    private static long count(Connection c, String fromWhere) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + fromWhere)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String refusal(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return "";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
