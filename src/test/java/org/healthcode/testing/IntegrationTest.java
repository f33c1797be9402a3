package org.healthcode.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole server: real HTTP on a random port, a real PostgreSQL (the embedded one, in a
 * temporary directory, on a free loopback port) and a clock the test can move. All such tests share one application
 * context and so one database; they create their own synthetic people and never assume an empty table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, Journeys.class, RecordedFacts.class})
public abstract class IntegrationTest {

    private static final Path DATA_DIR = temporaryDataDirectory();
    private static final int DATABASE_PORT = freeLoopbackPort();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("healthcode.data-dir", DATA_DIR::toString);
        registry.add("healthcode.database.embedded.port", () -> DATABASE_PORT);
    }

    protected ApiClient client() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    private static Path temporaryDataDirectory() {
        try {
            return Files.createTempDirectory("healthcode-test-");
        } catch (IOException unavailable) {
            throw new IllegalStateException("cannot create a temporary data directory", unavailable);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException unavailable) {
            throw new IllegalStateException("no free loopback port", unavailable);
        }
    }
}
