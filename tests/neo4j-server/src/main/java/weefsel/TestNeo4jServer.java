package weefsel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts one or more Neo4j community servers in this JVM, each with its own store folder and Bolt port
 * on 127.0.0.1, and keeps them until standard input closes (so a test run that dies takes them along).
 * Community edition holds one user database per server: parallel test workers each get a server.
 *
 * Usage: TestNeo4jServer DIR PORT[,PORT...] PASSWORD
 * Prints "ready bolt://127.0.0.1:PORT" once per server, then "all ready".
 */
public final class TestNeo4jServer {
  private TestNeo4jServer() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Exception e) {
      // The database threads would keep the JVM alive after a failed start: exit so the caller sees it.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: TestNeo4jServer DIR PORT[,PORT...] PASSWORD");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    String[] ports = args[1].split(",");
    String password = args[2];
    List<DatabaseManagementService> servers = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> servers.forEach(DatabaseManagementService::shutdown)));
    for (int i = 0; i < ports.length; i++) {
      Path home = root.resolve("server-" + (i + 1));
      deleteTree(home);
      int port = Integer.parseInt(ports[i]);
      DatabaseManagementService server = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
          .build();
      servers.add(server);
      // The built-in user starts with password "neo4j" and must change it; the tests log in as it.
      server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      System.out.println("ready bolt://127.0.0.1:" + port);
    }
    System.out.println("all ready");
    System.out.flush();
    while (System.in.read() != -1) {
      // Wait for end of input: the parent process closed the pipe or exited.
    }
    System.exit(0);
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) return;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(p);
    }
  }
}
