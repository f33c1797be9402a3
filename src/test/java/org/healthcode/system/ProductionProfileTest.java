package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The production profile forces the settings that serving behind an HTTPS proxy needs. */
class ProductionProfileTest {

    @Test
    void production_sends_the_session_cookie_only_over_https_and_trusts_the_proxys_forwarded_headers() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yml"));

        Properties production = yaml.getObject();

        assertThat(production)
                .containsEntry("server.servlet.session.cookie.secure", true)
                .containsEntry("server.servlet.session.cookie.http-only", true)
                .containsEntry("server.forward-headers-strategy", "native");
    }
}
