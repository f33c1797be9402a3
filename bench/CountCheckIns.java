import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** Counts the check-ins stored for the bench venues. Arguments: database port, comma-separated venue ids. */
public final class CountCheckIns {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from check_in where venue_id = any (?)")) {
            String[] ids = args[1].split(",");
            UUID[] venues = new UUID[ids.length];
            for (int i = 0; i < ids.length; i++) {
                venues[i] = UUID.fromString(ids[i]);
            }
            count.setArray(1, connection.createArrayOf("uuid", venues));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                System.out.println("stored check-ins: " + row.getLong(1));
            }
        }
    }
}
