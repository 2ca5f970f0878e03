package dev.reciprocity.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DuckDB's side of {@code benchmarks/compare.sh}: in-process DuckDB (JDBC, in-memory database,
 * every core) from a flows CSV to the figures the review rests on, and one JSON line of seconds and
 * figures, which the script checks against the library's ({@link CompareMain}).
 *
 * <p>The work, each step materialised as a table of the in-memory database:
 *
 * <ol>
 *   <li>{@code flows}: the CSV read with {@code read_csv} (the weight as {@code DECIMAL(18,6)}, so
 *       that sums are exact like the library's micros; the timestamp as {@code TIMESTAMPTZ}, in
 *       UTC);
 *   <li>{@code dyads}: {@code w_ij}, the sum of the weights of the flows {@code i -> j}, and the
 *       weighted reciprocity {@code r = sum min(w_ij, w_ji) / sum w_ij} by a self-join;
 *   <li>{@code strengths}: each party's out-strength and in-strength, from the dyads;
 *   <li>{@code quarterly}: each party's net balance (given less received) in each calendar quarter
 *       (UTC) with a flow.
 * </ol>
 *
 * The script starts this class in a new JVM for each run, like the command line, and times the
 * whole process; {@code insideSeconds} is the time from the connection's opening to the last
 * figure, {@code loadSeconds} its reading part. The figures printed: {@code weightedReciprocity},
 * {@code reciprocatedWeight}, {@code totalWeight}, {@code directedEdges}, {@code
 * reciprocatedEdges}, {@code unweightedReciprocity}, {@code parties}, {@code maxOutStrength},
 * {@code quarters}, {@code partyQuarters}, {@code sumAbsNetBalance}, and the out- and in-strengths
 * of the parties named in {@link #SAMPLE_PARTIES} ({@code out:NAME}, {@code in:NAME}), amounts as
 * exact decimal strings without trailing zeros.
 *
 * <pre>
 * java -cp reciprocity-benchmarks/target/benchmarks.jar:reciprocity-benchmarks/target/lib/duckdb_jdbc.jar \
 *     dev.reciprocity.benchmarks.DuckDbMain flows.csv
 * </pre>
 */
public final class DuckDbMain {

  /**
   * Parties whose strengths are printed for the check: the generator's first parties (the most
   * active, by its power law) and one from the tail.
   */
  static final List<String> SAMPLE_PARTIES = List.of("p000000", "p000001", "p000042", "p099999");

  private DuckDbMain() {}

  /**
   * Runs DuckDB on a CSV and prints the JSON line to standard output.
   *
   * @param args the CSV file
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      System.err.println("usage: DuckDbMain FLOWS.csv");
      System.exit(2);
    }
    System.out.println(CompareMain.toJson(run(Path.of(args[0]))));
  }

  /**
   * Reads the CSV into an in-memory DuckDB database and computes the figures.
   *
   * @param csv the flows file
   * @return the seconds and figures, in the order printed
   * @throws SQLException if DuckDB fails
   */
  static Map<String, Object> run(Path csv) throws SQLException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool", "duckdb");
    out.put("csv", csv.toString());
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
      s.execute(
          "CREATE TABLE flows AS SELECT * FROM read_csv("
              + quote(csv.toAbsolutePath().toString())
              + ", header = true, columns = {'timestamp': 'TIMESTAMPTZ', 'giver': 'VARCHAR',"
              + " 'receiver': 'VARCHAR', 'kind': 'VARCHAR', 'weight': 'DECIMAL(18,6)'})");
      long t1 = System.nanoTime();
      s.execute(
          "CREATE TABLE dyads AS SELECT giver, receiver, sum(weight) AS w FROM flows"
              + " GROUP BY giver, receiver");
      try (ResultSet r =
          s.executeQuery(
              "SELECT sum(least(a.w, coalesce(b.w, 0))), sum(a.w), count(*), count(b.w)"
                  + " FROM dyads a LEFT JOIN dyads b"
                  + " ON a.giver = b.receiver AND a.receiver = b.giver")) {
        r.next();
        BigDecimal reciprocated = r.getBigDecimal(1);
        BigDecimal total = r.getBigDecimal(2);
        out.put("weightedReciprocity", reciprocated.doubleValue() / total.doubleValue());
        out.put("reciprocatedWeight", plain(reciprocated));
        out.put("totalWeight", plain(total));
        long directed = r.getLong(3);
        long reciprocatedEdges = r.getLong(4);
        out.put("directedEdges", directed);
        out.put("reciprocatedEdges", reciprocatedEdges);
        out.put("unweightedReciprocity", (double) reciprocatedEdges / directed);
      }
      // from the dyads, a third the rows of the flows' union: the quicker of the two plain ways
      s.execute(
          "CREATE TABLE strengths AS SELECT party, sum(given) AS out_strength,"
              + " sum(received) AS in_strength FROM ("
              + " SELECT giver AS party, w AS given, 0::DECIMAL(38,6) AS received FROM dyads"
              + " UNION ALL"
              + " SELECT receiver, 0::DECIMAL(38,6), w FROM dyads) GROUP BY party");
      try (ResultSet r = s.executeQuery("SELECT count(*), max(out_strength) FROM strengths")) {
        r.next();
        out.put("parties", r.getLong(1));
        out.put("maxOutStrength", plain(r.getBigDecimal(2)));
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT party, out_strength, in_strength FROM strengths WHERE party IN ("
                  + String.join(", ", SAMPLE_PARTIES.stream().map(DuckDbMain::quote).toList())
                  + ") ORDER BY party")) {
        while (r.next()) {
          out.put("out:" + r.getString(1), plain(r.getBigDecimal(2)));
          out.put("in:" + r.getString(1), plain(r.getBigDecimal(3)));
        }
      }
      s.execute(
          "CREATE TABLE quarterly AS SELECT party, quarter, sum(net) AS net FROM ("
              + " SELECT giver AS party, year(timestamp) * 4 + quarter(timestamp) - 1 AS quarter,"
              + " weight AS net FROM flows"
              + " UNION ALL"
              + " SELECT receiver, year(timestamp) * 4 + quarter(timestamp) - 1, -weight"
              + " FROM flows) GROUP BY party, quarter");
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(DISTINCT quarter), count(*), sum(abs(net)) FROM quarterly")) {
        r.next();
        out.put("quarters", r.getLong(1));
        out.put("partyQuarters", r.getLong(2));
        out.put("sumAbsNetBalance", plain(r.getBigDecimal(3)));
      }
      long t2 = System.nanoTime();
      out.put("loadSeconds", (t1 - t0) / 1e9);
      out.put("insideSeconds", (t2 - t0) / 1e9);
      try (ResultSet r = s.executeQuery("SELECT version(), current_setting('threads')")) {
        r.next();
        out.put("duckdb", r.getString(1));
        out.put("threads", r.getLong(2));
      }
    }
    return out;
  }

  /** A decimal as the library writes an {@code Amount}: plain, no trailing zeros. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A SQL string literal. */
  static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
