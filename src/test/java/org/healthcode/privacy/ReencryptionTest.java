package org.healthcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.healthcode.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** After a key rotation, re-encryption moves stored values to the new key; nothing else changes. */
class ReencryptionTest extends IntegrationTest {

    private static final String CONTEXT = "rotation_probe.secret";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void values_under_the_old_key_move_to_the_new_one_and_still_read_the_same() {
        // given values written under key "old", and a configuration where "new" is active
        PersonalDataCipher before = cipher("old");
        PersonalDataCipher after = cipher("new");
        jdbc.sql("create table if not exists rotation_probe (id int primary key, secret bytea)")
                .update();
        jdbc.sql("delete from rotation_probe").update();
        for (int id = 1; id <= 1_203; id++) {
            jdbc.sql("insert into rotation_probe values (?, ?)")
                    .params(id, before.encrypt("value " + id, CONTEXT))
                    .update();
        }
        jdbc.sql("insert into rotation_probe values (0, null)").update();
        EncryptedColumn column = new EncryptedColumn("rotation_probe", "id", "secret", CONTEXT);

        // when
        Map<String, Integer> first = new Reencryption(jdbc, after, List.of(column), transactions).run();
        Map<String, Integer> again = new Reencryption(jdbc, after, List.of(column), transactions).run();

        // then
        assertThat(first).containsEntry("rotation_probe.secret", 1_203);
        assertThat(again).containsEntry("rotation_probe.secret", 0);
        List<byte[]> stored = jdbc.sql("select secret from rotation_probe where id > 0 order by id")
                .query(byte[].class)
                .list();
        assertThat(stored).allMatch(value -> !after.needsReencryption(value));
        assertThat(after.decrypt(stored.get(41), CONTEXT)).isEqualTo("value 42");
    }

    private static PersonalDataCipher cipher(String active) {
        String key1 = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 7;
        String key2 = Base64.getEncoder().encodeToString(other);
        return new PersonalDataCipher(
                PrivacyKeys.from(new PrivacyProperties(Map.of("old", key1, "new", key2), active, key2)));
    }
}
