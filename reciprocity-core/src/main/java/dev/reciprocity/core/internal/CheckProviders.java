package dev.reciprocity.core.internal;

import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.BalanceCheckProvider;
import dev.reciprocity.spi.CheckContext;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.spi.StrategyParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in checks as {@link BalanceCheckProvider}s, found by name through {@link
 * java.util.ServiceLoader}: each parameter's default and the reason for it are here, once, and
 * {@code review --help} lists them. Public only for the service loader.
 */
public final class CheckProviders {

  private CheckProviders() {}

  private static Map<String, String> defaults(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * What every built-in provider shares: its name, finding types and parameter defaults, given
   * once; a subclass says only how it creates its check.
   */
  abstract static class Provider implements BalanceCheckProvider {
    private final String name;
    private final Set<FindingType> types;
    private final Map<String, String> defaults;

    /** A provider; {@code defaults} alternate parameter names and their defaults with reasons. */
    Provider(String name, Set<FindingType> types, String... defaults) {
      this.name = name;
      this.types = types;
      this.defaults = CheckProviders.defaults(defaults);
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final Set<FindingType> findingTypes() {
      return types;
    }

    @Override
    public final Map<String, String> parameterDefaults() {
      return defaults;
    }
  }

  /** Chronic giver and chronic receiver: the rule's tolerance band over consecutive seasons. */
  public static final class Chronic extends Provider {
    /** For the service loader. */
    public Chronic() {
      super("chronic", Set.of(FindingType.CHRONIC_GIVER, FindingType.CHRONIC_RECEIVER));
    }

    @Override
    public BalanceCheck create(CheckContext context) {
      return BuiltIns.chronicImbalance(context.rule());
    }
  }

  /** The hero. */
  public static final class Hero extends Provider {
    /** For the service loader. */
    public Hero() {
      super(
          "hero", Set.of(FindingType.HERO),
          "share", "0.5: more than half of all giving of a kind in a season rests on one party",
          "minGivers", "3: a kind that one or two parties give has no team to share it with");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.hero(
          c.rule(),
          p.decimal("share", 0.0, 1.0).orElse(0.5),
          (int) p.integer("minGivers", 1, 1_000_000).orElse(3));
    }
  }

  /** Dependency lock-in. */
  public static final class LockIn extends Provider {
    /** For the service loader. */
    public LockIn() {
      super(
          "lock-in", Set.of(FindingType.DEPENDENCY_LOCK_IN),
          "hhi", "0.6: one giver supplies most (a top share of about 3/4, the rest spread)",
          "minFlows", "6: a dependency is an inflow that recurs, not one or two gifts",
          "seasons", "4: the last four seasons judged (a year of quarters)");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.dependencyLockIn(
          c.rule(),
          p.decimal("hhi", 0.0, 1.0).orElse(0.6),
          (int) p.integer("minFlows", 1, 1_000_000_000).orElse(6),
          (int) p.integer("seasons", 1, 1000).orElse(4));
    }
  }

  /** Fragility contagion. */
  public static final class Fragility extends Provider {
    /** For the service loader. */
    public Fragility() {
      super(
          "fragility", Set.of(FindingType.FRAGILITY_CONTAGION),
          "loss", "0.5: a dependent would lose half or more of what it receives",
          "minDependents", "2: one exit that takes down more than one other",
          "minFlows", "3: a dependent receives more than once or twice",
          "seasons", "4: the last four seasons judged (a year of quarters)");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.fragilityContagion(
          c.rule(),
          p.decimal("loss", 0.0, 1.0).orElse(0.5),
          (int) p.integer("minDependents", 1, 1_000_000).orElse(2),
          (int) p.integer("minFlows", 1, 1_000_000_000).orElse(3),
          (int) p.integer("seasons", 1, 1000).orElse(4));
    }
  }

  /** Disguised extraction. */
  public static final class Extraction extends Provider {
    /** For the service loader. */
    public Extraction() {
      super(
          "extraction", Set.of(FindingType.DISGUISED_EXTRACTION),
          "seasons", "3: a trend, not a jump: three seasons in a row",
          "growth", "0.1: the total grows by a tenth or more over them");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.disguisedExtraction(
          c.rule(),
          (int) p.integer("seasons", 2, 1000).orElse(3),
          p.decimal("growth", 0.0, 1000.0).orElse(0.1));
    }
  }

  /** Barter drift. */
  public static final class BarterDrift extends Provider {
    /** For the service loader. */
    public BarterDrift() {
      super(
          "barter-drift", Set.of(FindingType.BARTER_DRIFT),
          "lag", "P7D: a return within a week is a payment, not a gift answered",
          "share", "0.5: half or more of the flows are a gift or its exact return",
          "seasons", "2: in two seasons running, a drift rather than a busy week",
          "minFlows", "20: a season with fewer flows says little about a network");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.barterDrift(
          c.rule(),
          p.duration("lag").orElse(Duration.ofDays(7)),
          p.decimal("share", 0.0, 1.0).orElse(0.5),
          (int) p.integer("seasons", 1, 1000).orElse(2),
          (int) p.integer("minFlows", 1, 1_000_000_000).orElse(20));
    }
  }

  /** Silent accumulation. */
  public static final class Accumulation extends Provider {
    /** For the service loader. */
    public Accumulation() {
      super(
          "accumulation", Set.of(FindingType.SILENT_ACCUMULATION),
          "seasons", "4: what one party owes another grows for a year of quarters",
          "minGrowth", "1: by at least one unit each season");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.silentAccumulation(
          c.rule(),
          (int) p.integer("seasons", 2, 1000).orElse(4),
          p.integer("minGrowth", 0, 9_000_000_000_000L).orElse(1) * 1_000_000L,
          c.agreements());
    }
  }

  /** Depletion churn. */
  public static final class Churn extends Provider {
    /** For the service loader. */
    public Churn() {
      super(
          "churn", Set.of(FindingType.DEPLETION_CHURN),
          "drop", "0.25: gives less than a quarter of what it gave while chronic",
          "within", "2: the chronic giving ended in the last two seasons judged");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      StrategyParameters p = c.parameters();
      return BuiltIns.depletionChurn(
          c.rule(),
          p.decimal("drop", 0.0, 1.0).orElse(0.25),
          (int) p.integer("within", 1, 1000).orElse(2));
    }
  }

  /** Missed cadence. */
  public static final class MissedCadence extends Provider {
    /** For the service loader. */
    public MissedCadence() {
      super(
          "missed-cadence",
          Set.of(FindingType.MISSED_CADENCE),
          "graceDays",
          "0: a review is due by the end of the season after the last one");
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      return BuiltIns.missedCadence(
          c.agreements(), Duration.ofDays(c.parameters().integer("graceDays", 0, 3650).orElse(0)));
    }
  }

  /** Overdue return. */
  public static final class OverdueReturn extends Provider {
    /** For the service loader. */
    public OverdueReturn() {
      super("overdue-return", Set.of(FindingType.OVERDUE_RETURN));
    }

    @Override
    public BalanceCheck create(CheckContext c) {
      Map<FlowKind, String> rules = c.kindRules();
      Function<FlowKind, Optional<Function<Instant, ScoringStrategy<?, DevelopmentalScores>>>>
          strategies =
              kind -> {
                String spec = rules.get(kind);
                if (spec == null || !spec.strip().startsWith("developmental")) {
                  return Optional.empty();
                }
                ReciprocityRule own =
                    ReciprocityRule.builder().from(c.rule()).kinds(Set.of(kind)).build();
                return Optional.of(
                    asOf ->
                        StrategyLookup.create()
                            .withAsOf(asOf)
                            .find(spec, DevelopmentalScores.class, own));
              };
      return BuiltIns.overdueReturn(c.rule(), strategies, rules.keySet());
    }
  }
}
