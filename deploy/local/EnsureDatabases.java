import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the services' databases on a PostgreSQL server when they are missing. Run by the local
 * launcher with the JDBC driver the services ship, so no psql client is needed:
 * {@code java -cp postgresql.jar EnsureDatabases.java jdbc:postgresql://host:port user password db...}
 */
public class EnsureDatabases {

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: EnsureDatabases <jdbc-url-of-server> <user> <password> <database>...");
            System.exit(2);
        }
        String server = args[0].replaceAll("/+$", "");
        try (Connection admin = DriverManager.getConnection(server + "/postgres", args[1], args[2])) {
            for (int i = 3; i < args.length; i++) {
                String db = args[i];
                if (!db.matches("[a-z0-9_]+")) {
                    throw new IllegalArgumentException("not a plain database name: " + db);
                }
                try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, db);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = admin.createStatement()) {
                    create.execute("CREATE DATABASE " + db);
                    System.out.println("created database " + db);
                }
            }
        }
    }
}
