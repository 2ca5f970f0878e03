package dev.reciprocity.examples.cli;

import dev.reciprocity.Agreement;
import dev.reciprocity.Capacities;
import dev.reciprocity.Circles;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.ReciprocityException;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.Request;
import dev.reciprocity.Valuation;
import dev.reciprocity.core.BalanceCheckLookup;
import dev.reciprocity.core.CircleRollUp;
import dev.reciprocity.core.FindingFormatters;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.ReciprocityReviews;
import dev.reciprocity.core.RequestFigures;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.core.Valued;
import dev.reciprocity.io.AgreementReader;
import dev.reciprocity.io.AgreementReport;
import dev.reciprocity.io.CirclesReader;
import dev.reciprocity.io.ReportFormat;
import dev.reciprocity.io.RequestsReader;
import dev.reciprocity.io.ReviewAdditions;
import dev.reciprocity.io.ValueFlowsDocument;
import dev.reciprocity.io.ValueFlowsWriter;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FindingFormatter;
import dev.reciprocity.spi.ScoringStrategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code reciprocity review}: reads flows, runs the reciprocity review of the latest complete
 * season and of the whole range, and prints it as text, Markdown or JSON. The report is built in
 * full before anything is printed, so a failed run prints no partial report.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = ReciprocityCli.Version.class,
    sortOptions = false,
    resourceBundle = "dev.reciprocity.examples.cli.ReviewCommand",
    description = {
      "The reciprocity review: who gave significantly without return, who received without"
          + " giving back, which exchanges would rebalance, and what to celebrate, with the"
          + " findings of chronic imbalance, for the latest complete season and for the whole"
          + " range. A kind given a --rule is judged by that strategy instead, after the review.",
      "",
      "The CSV needs a header naming the columns timestamp,giver,receiver,kind,weight in any"
          + " order; further columns are ignored. UTF-8 (a byte order mark is fine), RFC 4180"
          + " quoting. timestamp: an ISO-8601 instant such as 2005-05-21T00:49:13Z or"
          + " 2005-05-21T02:49:13+02:00; weight: a number >= 0 with at most 6 decimals.",
      "",
      "A ValueFlows file (.jsonld, https://www.valueflo.ws/) is read as JSON-LD with the"
          + " ValueFlows context: each EconomicEvent with a provider and a receiver is a flow"
          + " (kind its resourceClassifiedAs or action, amount and unit its quantity), each"
          + " satisfied or finished Intent an ask; standard error says which events and intents"
          + " were left out and why.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report was written to standard output",
      "1:unexpected error (a bug; please report it)",
      "2:bad input: a malformed row, a missing file, a bad option",
      "3:out of memory: give Java more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g"
    },
    footer = {
      "",
      "Examples:",
      "  reciprocity review",
      "  reciprocity review --flows flows.csv --season month --format markdown",
      "  reciprocity review --flows flows.csv --kind review,help --from 2024-01-01",
      "  reciprocity review --flows flows.csv --rejects rejects.csv",
      "  reciprocity review --flows events.jsonld --format valueflows",
      "  reciprocity review --rule mentor=developmental:lag=P180D,returnFrom=network"
    })
final class ReviewCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private FlowOptions options;

  @Option(names = "--rule", paramLabel = "KIND=STRATEGY[:key=value,...]", descriptionKey = "rule")
  private List<String> rules = new ArrayList<>();

  @Option(names = "--requests", paramLabel = "FILE", descriptionKey = "requests")
  private @Nullable Path requests;

  @Option(names = "--agreement", paramLabel = "FILE", descriptionKey = "agreement")
  private @Nullable Path agreementFile;

  @Option(names = "--circles", paramLabel = "FILE", descriptionKey = "circles")
  private @Nullable Path circles;

  @Option(
      names = "--roll-up",
      paramLabel = "LEVELS",
      defaultValue = "1",
      descriptionKey = "roll-up")
  private int rollUp = 1;

  @Option(names = "--check", paramLabel = "NAME[:key=value,...]", descriptionKey = "check")
  private List<String> checkSpecs = new ArrayList<>();

  @Option(names = "--skip-check", paramLabel = "NAME", descriptionKey = "skip-check")
  private List<String> skippedChecks = new ArrayList<>();

  /** A kind judged by a strategy of its own rather than by the review. */
  private record KindRule(FlowKind kind, String strategy) {}

  /** Created by {@link ReciprocityCli#newCommandLine()}. */
  ReviewCommand() {}

  @Override
  public Integer call() {
    FlowInput input = new FlowInput(options.flows, options.rejects, options.foldCase);
    input.check(spec.commandLine());
    checkValueFlowsFormat(input);
    try {
      return call(input);
    } catch (OutOfMemoryError e) {
      // the flows and the report were held by call(input), and are garbage now
      return input.outOfMemory(spec.commandLine());
    }
  }

  /** The kinds of the flows of a ValueFlows file. */
  static Set<FlowKind> kinds(ValueFlowsDocument document) {
    Set<FlowKind> kinds = new HashSet<>();
    for (Flow f : document.flows()) {
      kinds.add(f.kind());
    }
    return kinds;
  }

  /**
   * Refuses {@code --format valueflows} without a ValueFlows file, whose events the findings cite,
   * and with circles, which the file does not name.
   *
   * @throws ParameterException saying what to do instead
   */
  private void checkValueFlowsFormat(FlowInput input) {
    if (options.format != OutputFormat.VALUEFLOWS) {
      return;
    }
    if (!input.isValueFlows()) {
      throw new ParameterException(
          spec.commandLine(),
          "--format valueflows writes the findings with the ValueFlows events each rests on, so"
              + " it needs a ValueFlows file to read them from: --flows FILE.jsonld. Fix: give"
              + " one, or use --format json.");
    }
    if (circles != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--format valueflows names the agents of the file, but with --circles the findings"
              + " are about circles, which the file does not name. Fix: drop --circles, or use"
              + " --format json.");
    }
  }

  private int call(FlowInput input) {
    // a ValueFlows file is read first, as the other model files are: its intents are asks
    Optional<ValueFlowsDocument> document = input.valueFlows();
    ReviewSettings settings = options.settings();
    Capacities capacities = options.capacities();
    List<KindRule> kindRules = kindRules(settings, capacities);
    if (kindRules.isEmpty()) {
      document.ifPresent(d -> options.checkOneUnit(input.source(), kinds(d)));
    }
    // read before the flows, so that a bad file costs no reading
    List<Request> asks = new ArrayList<>();
    if (requests != null) {
      asks.addAll(RequestsReader.read(requests));
    }
    document.ifPresent(d -> asks.addAll(d.requests()));
    if (rollUp < 1) {
      throw new ReciprocityException(
          "--roll-up must be at least 1, got "
              + rollUp
              + ". Fix: give 1 for the circles people"
              + " belong to, 2 for the circles those belong to, and so on.");
    }
    Circles memberships = circles == null ? Circles.none() : CirclesReader.read(circles);
    Optional<Valuation> valuation = options.valuation();
    Optional<Agreement> agreement =
        agreementFile == null ? Optional.empty() : Optional.of(AgreementReader.read(agreementFile));
    if (agreement.isPresent()) {
      checkAgreement(agreement.get(), capacities);
    }
    // the checks' names and parameters, before the flows are read
    var unused = checks(agreement, Map.of(), null);
    return review(input, settings, kindRules, capacities, asks, memberships, valuation, agreement);
  }

  /**
   * Reads the {@code --rule} options, checking each strategy's name and parameters before the flows
   * are read, so that a typo costs no reading.
   *
   * @throws ReciprocityException if a rule is malformed, names a kind twice, names a kind that
   *     {@code --kind} leaves out, or names an unknown strategy or parameter
   */
  private List<KindRule> kindRules(ReviewSettings settings, Capacities capacities) {
    List<KindRule> parsed = new ArrayList<>();
    Set<FlowKind> seen = new HashSet<>();
    for (String text : rules) {
      int eq = text.indexOf('=');
      int colon = text.indexOf(':');
      if (eq <= 0 || (colon >= 0 && colon < eq)) {
        throw new ReciprocityException(
            "the rule '"
                + text
                + "' does not start with a kind and '='. Fix: write --rule KIND=STRATEGY, such as"
                + " --rule mentor=developmental:lag=P180D,returnFrom=network.");
      }
      FlowKind kind;
      try {
        kind = FlowKind.of(text.substring(0, eq).strip(), options.unit());
      } catch (IllegalArgumentException e) {
        throw new ReciprocityException(
            "the rule '"
                + text
                + "' names no valid kind ("
                + e.getMessage()
                + "). Fix: write the kind as in the flows' kind column, such as mentor.",
            e);
      }
      String strategy = text.substring(eq + 1).strip();
      if (!seen.add(kind)) {
        throw new ReciprocityException(
            "the kind " + kind.name() + " has two --rule options. Fix: give each kind one rule.");
      }
      if (!settings.kinds().isEmpty() && !settings.kinds().contains(kind)) {
        throw new ReciprocityException(
            "the kind "
                + kind.name()
                + " has a --rule but --kind leaves it out. Fix: add it to --kind, or drop the"
                + " rule.");
      }
      // the name and the parameters checked now; the instant only stands in for the real asOf
      var unused = lookup(capacities, Flow.LATEST).find(strategy, rule(kind));
      parsed.add(new KindRule(kind, strategy));
    }
    return parsed;
  }

  /** The checks a review runs and the wording of their findings. */
  private record ChosenChecks(List<BalanceCheck> checks, FindingFormatter words) {}

  /**
   * The checks of {@code --check} and {@code --skip-check}, with the agreement and the kinds judged
   * apart: every default check, tuned or added by {@code --check}, less {@code --skip-check}. The
   * kinds judged apart are left out of the review's flows, so the overdue-return check, which
   * judges them, reads them from {@code read}.
   *
   * @throws ReciprocityException if a check's name is unknown or a parameter is bad
   */
  private ChosenChecks checks(
      Optional<Agreement> agreement, Map<FlowKind, String> ruled, @Nullable LedgerSnapshot read) {
    BalanceCheckLookup lookup =
        BalanceCheckLookup.create()
            .withAgreements(agreement.map(List::of).orElse(List.of()))
            .withKindRules(ruled);
    ReciprocityRule rule = ReciprocityRule.builder().cadence(options.season.cadence()).build();
    List<BalanceCheck> checks = new ArrayList<>();
    for (String spec : lookup.chosen(checkSpecs, skippedChecks)) {
      BalanceCheck check = lookup.find(spec, rule);
      if (read != null && BalanceCheckLookup.nameOf(spec).equals("overdue-return")) {
        LedgerSnapshot apart = read.ofKinds(ruled.keySet());
        checks.add((flows, asOf) -> check.check(apart.before(asOf).columns(), asOf));
      } else {
        checks.add(check);
      }
    }
    return new ChosenChecks(checks, lookup.wording(FindingFormatters.english()));
  }

  /**
   * Checks every strategy of the agreement's revisions before the flows are read.
   *
   * @throws ReciprocityException if a strategy or a parameter is unknown
   */
  private void checkAgreement(Agreement agreement, Capacities capacities) {
    for (Agreement.Revision r : agreement.revisions()) {
      for (Map.Entry<String, String> rule : r.rules().entrySet()) {
        try {
          var unused =
              lookup(capacities, Flow.LATEST)
                  .find(rule.getValue(), rule(FlowKind.of(rule.getKey(), options.unit())));
        } catch (ReciprocityException e) {
          throw new ReciprocityException(
              "the agreement "
                  + agreement.name()
                  + " judges "
                  + rule.getKey()
                  + " by "
                  + rule.getValue()
                  + ": "
                  + e.getMessage(),
              e);
        }
      }
    }
  }

  /**
   * Each rule of each revision scored on the flows among the agreement's parties, of its kind,
   * inside both the revision's interval and the review's range; a rule without such flows is left
   * out.
   */
  private AgreementReport agreementReport(
      Agreement agreement,
      LedgerSnapshot read,
      String source,
      ReviewSettings settings,
      Interval range,
      Capacities capacities) {
    LedgerSnapshot among = read.among(Set.copyOf(agreement.parties()));
    List<ScoreReport<?>> scored = new ArrayList<>();
    for (Agreement.Revision r : agreement.revisions()) {
      Instant from = later(range.start(), r.effectiveFrom().orElse(Flow.EARLIEST));
      Instant to = earlier(range.end(), r.effectiveTo().orElse(Flow.LATEST));
      if (!from.isBefore(to)) {
        continue;
      }
      for (Map.Entry<String, String> rule : r.rules().entrySet()) {
        FlowKind kind = CsvKinds.resolve(read, FlowKind.of(rule.getKey(), options.unit()));
        LedgerSnapshot kept = among.ofKinds(Set.of(kind)).between(Interval.between(from, to));
        if (kept.size() == 0) {
          continue;
        }
        ReviewSettings own =
            settings
                .withKinds(new TreeSet<>(Set.of(kind)))
                .withRange(
                    from.equals(Flow.EARLIEST) ? Optional.empty() : Optional.of(from),
                    to.equals(Flow.LATEST) ? Optional.empty() : Optional.of(to));
        ScoringStrategy<?, ?> scoring =
            lookup(capacities, kept.lastInstant().orElseThrow()).find(rule.getValue(), rule(kind));
        scored.add(ScoreReport.of(source, rule.getValue(), own, kept, scoring));
      }
    }
    return new AgreementReport(agreement, scored);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The strategies with the capacities given, evaluated as of an instant. */
  private static StrategyLookup lookup(Capacities capacities, Instant asOf) {
    return StrategyLookup.create().withCapacities(capacities).withAsOf(asOf);
  }

  /** The rule a kind's own strategy is made with: the season's cadence, that kind only. */
  private ReciprocityRule rule(FlowKind kind) {
    return ReciprocityRule.builder().cadence(options.season.cadence()).kinds(Set.of(kind)).build();
  }

  private int review(
      FlowInput input,
      ReviewSettings settings,
      List<KindRule> kindRules,
      Capacities capacities,
      List<Request> asks,
      Circles memberships,
      Optional<Valuation> valuation,
      Optional<Agreement> agreement) {
    LedgerSnapshot read = input.read("No review was written.");
    input.sayWhatWasLeftOut(spec.commandLine());
    String source = input.source();
    if (valuation.isPresent()) {
      if (!settings.kinds().isEmpty()) {
        // only the selected kinds need a rate: the others are left out before valuing
        read = read.ofKinds(CsvKinds.resolve(read, settings.kinds()));
      }
      read = Valued.of(read, valuation.get());
      source = source + ", valued in " + valuation.get().unit();
    }
    if (circles != null) {
      // every figure below is between circles: flows inside a circle cancel
      CircleRollUp up = CircleRollUp.of(read, memberships, rollUp);
      read = up.between();
      source =
          source
              + ", rolled up "
              + (rollUp == 1 ? "to circles" : rollUp + " levels of circles")
              + " ("
              + up.cancelledFlows()
              + " flows of weight "
              + up.cancelled()
              + " inside a circle cancelled)";
    }
    // the kinds named, in the units the flows count them in
    settings = settings.withKinds(CsvKinds.resolve(read, settings.kinds()));
    List<ScoreReport<?>> judged = new ArrayList<>();
    ReviewSettings reviewed = settings;
    if (!kindRules.isEmpty()) {
      // the review looks at the selected kinds (every kind without --kind) but the ruled ones
      SortedSet<FlowKind> rest =
          new TreeSet<>(settings.kinds().isEmpty() ? read.kinds() : settings.kinds());
      for (KindRule named : kindRules) {
        KindRule r = new KindRule(CsvKinds.resolve(read, named.kind()), named.strategy());
        rest.remove(r.kind());
        if (!read.kinds().contains(r.kind())) {
          throw new ReciprocityException(
              "the rule "
                  + r.kind().name()
                  + "="
                  + r.strategy()
                  + " names a kind that "
                  + source
                  + " does not hold (it holds "
                  + String.join(", ", read.kinds().stream().map(FlowKind::name).toList())
                  + "). Fix: write one of those kinds before the '='.");
        }
        ReviewSettings own = settings.withKinds(new TreeSet<>(Set.of(r.kind())));
        LedgerSnapshot kept;
        try {
          kept = own.select(source, read);
        } catch (ReciprocityException e) {
          throw new ReciprocityException(
              "the rule "
                  + r.kind().name()
                  + "="
                  + r.strategy()
                  + " has no flow to judge: "
                  + e.getMessage(),
              e);
        }
        Instant last = kept.lastInstant().orElseThrow();
        ScoringStrategy<?, ?> scoring =
            lookup(capacities, options.to == null ? last : options.to)
                .find(r.strategy(), rule(r.kind()));
        ScoreReport<?> scores = ScoreReport.of(source, r.strategy(), own, kept, scoring);
        if (options.format == OutputFormat.JSON && scores.writer().isEmpty()) {
          throw new ReciprocityException(
              "the strategy "
                  + r.strategy()
                  + " gives "
                  + scores.resultTypeName()
                  + ", which has no JSON form. Fix: use --format text or --format markdown.");
        }
        judged.add(scores);
      }
      if (rest.isEmpty()) {
        throw new ReciprocityException(
            "every selected kind has a --rule of its own, so the review has no flow left. Fix:"
                + " drop a rule, or select more kinds with --kind.");
      }
      reviewed = settings.withKinds(rest);
    }
    // the default rule of the season's cadence, and the checks chosen
    Map<FlowKind, String> ruled = new TreeMap<>();
    for (KindRule named : kindRules) {
      ruled.put(CsvKinds.resolve(read, named.kind()), named.strategy());
    }
    ChosenChecks chosen = checks(agreement, ruled, ruled.isEmpty() ? null : read);
    ReviewReport report =
        ReciprocityReviews.builder(read)
            .source(source)
            .settings(reviewed)
            .checks(chosen.checks())
            .report();
    FindingFormatter words = chosen.words();
    PrintWriter out = spec.commandLine().getOut();
    try {
      // streamed: a JSON review of millions of flows is never held whole
      Interval range =
          Interval.between(
              settings.from().orElse(Flow.EARLIEST), settings.to().orElse(Flow.LATEST));
      List<AgreementReport> agreements = new ArrayList<>();
      if (agreement.isPresent()) {
        agreements.add(agreementReport(agreement.get(), read, source, settings, range, capacities));
      }
      Optional<ReportFormat> format = options.format.report();
      if (format.isPresent()) {
        format
            .get()
            .write(
                report,
                words,
                new ReviewAdditions(judged, RequestFigures.of(asks, range), agreements),
                out);
      } else {
        // the findings only, citing the events of the file (checked before anything was read)
        ValueFlowsWriter.write(input.valueFlows().orElseThrow(), report, words, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter keeps its errors; this does not happen
    }
    return ReciprocityCli.EXIT_OK;
  }
}
