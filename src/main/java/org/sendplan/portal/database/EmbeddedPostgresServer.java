package org.sendplan.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL the app starts itself when no external database is configured. One server per
 * data folder per JVM, so every Spring context of a test run shares it.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "sendplan";
    static final String OWNER_ROLE = "sendplan_owner";
    static final String APP_ROLE = "sendplan_app";

    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer forDataDirectory(Path dataDirectory, boolean clean, int port) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath(), dir -> start(dir, clean, port));
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean clean, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(clean);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseAndRoles();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The schema belongs to an owner role that Liquibase uses; the application connects as a role that
     * owns nothing and cannot bypass row-level security.
     */
    private void createDatabaseAndRoles() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login nosuperuser nocreaterole nobypassrls;
                      end if;
                      if not exists (select from pg_roles where rolname = '%2$s') then
                        create role %2$s login nosuperuser nocreatedb nocreaterole nobypassrls;
                      end if;
                    end $$""".formatted(OWNER_ROLE, APP_ROLE));
            try (var exists = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    sql.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(OWNER_ROLE, DATABASE).replaceFirst("\\?.*$", "");
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
