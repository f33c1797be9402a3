package org.healthcode.labresults;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Turnaround figures per lab, computed by the database over all recorded results. */
@Service
public class Turnarounds {

    private final JdbcClient jdbc;

    Turnarounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Turnaround> perLab() {
        return jdbc.sql("""
                        select lab_code, count(*) as results,
                               percentile_cont(0.5) within group (order by hours) as median_hours,
                               percentile_cont(0.9) within group (order by hours) as p90_hours
                        from (select lab_code, extract(epoch from reported_at - sampled_at) / 3600.0 as hours
                              from lab_result) r
                        group by lab_code order by lab_code""")
                .query((row, n) -> new Turnaround(
                        row.getString("lab_code"),
                        row.getLong("results"),
                        Math.round(row.getDouble("median_hours") * 10) / 10.0,
                        Math.round(row.getDouble("p90_hours") * 10) / 10.0))
                .list();
    }
}
