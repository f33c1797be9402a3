package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default is durable and keeps its data across a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_default_turns_fsync_and_synchronous_commit_on() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(freePort(), true);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(new PlatformProperties(dataDir), settings)) {
            JdbcClient jdbc = JdbcClient.create(configuration.dataSource(postgres, settings));

            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show listen_addresses").query(String.class).single())
                    .isEqualTo("127.0.0.1");
        }
    }

    @Test
    void data_written_before_a_stop_is_there_after_a_start() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(freePort(), true);
        PlatformProperties platform = new PlatformProperties(dataDir);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(platform, settings)) {
            DataSource pool = configuration.dataSource(postgres, settings);
            JdbcClient.create(pool).sql("create table kept (id int)").update();
            JdbcClient.create(pool).sql("insert into kept values (42)").update();
            ((AutoCloseable) pool).close();
        }
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(platform, settings)) {
            DataSource pool = configuration.dataSource(postgres, settings);

            assertThat(JdbcClient.create(pool)
                            .sql("select id from kept")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(42);
            ((AutoCloseable) pool).close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
