package org.healthcode.sampling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The sampling sites: created by samplers, listed for the sampler page. */
@Service
public class SamplingSites {

    static final int MAX_NAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    SamplingSites(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a site with a unique name. */
    public SamplingSite create(String name, String createdBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new RejectedException(SamplingErrorCode.SITE_NAME_INVALID, "name");
        }

        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into sampling_site (id, name, created_at, created_by) values (?, ?, ?, ?)")
                    .params(id, trimmed, Timestamp.from(clock.instant()), createdBy)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new RejectedException(SamplingErrorCode.SITE_NAME_TAKEN, "name");
        }
        return new SamplingSite(id, trimmed);
    }

    public List<SamplingSite> list() {
        return jdbc.sql("select id, name from sampling_site order by name")
                .query((row, n) -> new SamplingSite(row.getObject("id", UUID.class), row.getString("name")))
                .list();
    }

    /** Ensures the site exists; {@code site-unknown} otherwise. */
    void require(UUID siteId) {
        boolean known = siteId != null
                && jdbc.sql("select exists (select 1 from sampling_site where id = ?)")
                        .param(siteId)
                        .query(Boolean.class)
                        .single();
        if (!known) {
            throw new RejectedException(SamplingErrorCode.SITE_UNKNOWN, "siteId");
        }
    }
}
