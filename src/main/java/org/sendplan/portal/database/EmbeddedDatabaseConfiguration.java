package org.sendplan.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default: used when {@code spring.datasource.url} is not set. The data folder lives
 * outside {@code target/} so it survives rebuilds and restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${portal.embedded-database.data-directory}") Path dataDirectory,
            @Value("${portal.embedded-database.clean-on-start:false}") boolean clean,
            @Value("${portal.embedded-database.port:0}") int port) {
        return EmbeddedPostgresServer.forDataDirectory(dataDirectory, clean, port);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.APP_ROLE);
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("portal");
        return dataSource;
    }

    @Bean
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedPostgresServer server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE, "");
    }
}
