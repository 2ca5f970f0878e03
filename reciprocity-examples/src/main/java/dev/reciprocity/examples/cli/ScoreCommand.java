package dev.reciprocity.examples.cli;

import dev.reciprocity.Capacities;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Valuation;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.core.Valued;
import dev.reciprocity.io.ValueFlowsDocument;
import dev.reciprocity.spi.ScoringStrategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code reciprocity score}: reads flows, scores the selected ones with one scoring strategy found
 * by name ({@link StrategyLookup}, the built-ins and any registered by a host), and prints the
 * result as text, Markdown or JSON. The result is computed in full before anything is printed.
 *
 * <p>The instant the decaying strategy evaluates at ({@code asOf}) defaults to the end of the
 * selected range: {@code --to} when given, otherwise the instant of the last selected flow. The
 * command never reads the wall clock, so the same input always prints the same scores.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = ReciprocityCli.Version.class,
    sortOptions = false,
    resourceBundle = "dev.reciprocity.examples.cli.ScoreCommand",
    description = {
      "Scores the flows with one scoring strategy, named with its parameters as"
          + " NAME[:key=value,...], and prints the result.",
      "",
      "Built-in strategies: portfolio (party and network figures), seasonal (the same per"
          + " season, for the seasons that hold flows), immediate[:window=P30D] (how much was"
          + " returned within the window, and the open obligations), decaying[:halfLife=P90D]"
          + "[,asOf=INSTANT] (half-life weighted balances; asOf defaults to --to, or else to"
          + " the last selected flow; the wall clock is never read),"
          + " developmental:lag=P180D[,window=P30D][,returnFrom=dyad|network] (a gift due back"
          + " after the lag, within the window, from the receiver to the giver or, with"
          + " network, to anyone: paid forward), proportional (each party's give share"
          + " against its share of the capacities of --capacities FILE, per season). A host adds"
          + " its own"
          + " through META-INF/services/dev.reciprocity.spi.ScoringStrategyProvider.",
      "",
      "Text and Markdown show the network figures and the first --top rows of each table;"
          + " a strategy of a host's own is shown by its own text. JSON (for the built-in"
          + " strategies only) holds every entry. The CSV is read as by 'reciprocity review'.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the scores were written to standard output",
      "1:unexpected error (a bug; please report it)",
      "2:bad input: a malformed row, a missing file, an unknown strategy or parameter, a bad"
          + " option",
      "3:out of memory: give Java more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g"
    },
    footer = {
      "",
      "Examples:",
      "  reciprocity score --strategy portfolio",
      "  reciprocity score --strategy immediate:window=P14D --kind review --top 20",
      "  reciprocity score --strategy decaying:halfLife=P90D --to 2025-01-01",
      "  reciprocity score --strategy developmental:lag=P180D --kind mentor",
      "  reciprocity score --strategy portfolio --format json",
      "  reciprocity score --strategy seasonal --season year --flows flows.csv"
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--strategy",
      paramLabel = "NAME[:key=value,...]",
      required = true,
      description =
          "The scoring strategy and its parameters, such as portfolio,"
              + " immediate:window=P14D or decaying:halfLife=P90D,asOf=2025-01-01T00:00:00Z.")
  private String strategy;

  @Mixin private FlowOptions options;

  /** Created by {@link ReciprocityCli#newCommandLine()}. */
  ScoreCommand() {}

  @Override
  public Integer call() {
    FlowInput input = new FlowInput(options.flows, options.rejects, options.foldCase);
    input.check(spec.commandLine());
    if (options.format == OutputFormat.VALUEFLOWS) {
      throw new ParameterException(
          spec.commandLine(),
          "--format valueflows writes the findings of a review, and score writes a strategy's"
              + " scores. Fix: use --format text, markdown or json, or run review --format"
              + " valueflows.");
    }
    try {
      return call(input);
    } catch (OutOfMemoryError e) {
      // the flows and the scores were held by call(input), and are garbage now
      return input.outOfMemory(spec.commandLine());
    }
  }

  private int call(FlowInput input) {
    // a ValueFlows file is read first: kinds of two units need a --kind of one, or a valuation
    Optional<ValueFlowsDocument> document = input.valueFlows();
    document.ifPresent(d -> options.checkOneUnit(input.source(), ReviewCommand.kinds(d)));
    ReviewSettings settings = options.settings();
    ReciprocityRule rule =
        ReciprocityRule.builder().cadence(options.season.cadence()).kinds(settings.kinds()).build();
    // Checks the name and the parameters before the flows are read, so that a typo costs no
    // reading; the instant given here only stands in for the real asOf, found after reading.
    Capacities capacities = options.capacities();
    Optional<Valuation> valuation = options.valuation();
    var unused =
        StrategyLookup.create()
            .withCapacities(capacities)
            .withAsOf(Flow.LATEST)
            .find(strategy, rule);
    return score(input, settings, rule, capacities, valuation);
  }

  private int score(
      FlowInput input,
      ReviewSettings settings,
      ReciprocityRule rule,
      Capacities capacities,
      Optional<Valuation> valuation) {
    String source = input.source();
    LedgerSnapshot read = input.read("No scores were written.");
    input.sayWhatWasLeftOut(spec.commandLine());
    if (valuation.isPresent()) {
      if (!settings.kinds().isEmpty()) {
        // only the selected kinds need a rate: the others are left out before valuing
        read = read.ofKinds(CsvKinds.resolve(read, settings.kinds()));
      }
      read = Valued.of(read, valuation.get());
      source = source + ", valued in " + valuation.get().unit();
    }
    // the kinds named, in the units the flows count them in
    settings = settings.withKinds(CsvKinds.resolve(read, settings.kinds()));
    rule = ReciprocityRule.builder().from(rule).kinds(settings.kinds()).build();
    LedgerSnapshot kept = settings.select(source, read);
    Instant last = kept.lastInstant().orElseThrow();

    ScoringStrategy<?, ?> scoring =
        StrategyLookup.create()
            .withCapacities(capacities)
            .withAsOf(options.to == null ? last : options.to)
            .find(strategy, rule);
    ScoreReport<?> report;
    try {
      report = ScoreReport.of(source, strategy, settings, kept, scoring);
    } catch (IllegalArgumentException e) {
      // a strategy refusing a flow, such as one after the decaying strategy's asOf
      throw new ReciprocityException(
          "the strategy "
              + strategy
              + " cannot score the flows of "
              + source
              + ": "
              + e.getMessage()
              + ". Fix: change the strategy's parameters, or"
              + " select other flows with --from, --to or --kind.",
          e);
    }
    if (options.format == OutputFormat.JSON && report.writer().isEmpty()) {
      throw new ReciprocityException(
          "the strategy "
              + strategy
              + " gives "
              + report.resultTypeName()
              + ", which has no JSON form. Fix: use --format text"
              + " or --format markdown, which show it by its own text, or give the strategy"
              + " a ResultWriter (ScoringStrategy.writer()).");
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      // streamed: the JSON of a portfolio of millions of flows is never held whole
      options.format.report().orElseThrow().write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter keeps its errors; this does not happen
    }
    return ReciprocityCli.EXIT_OK;
  }
}
