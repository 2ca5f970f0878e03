package dev.reciprocity.core;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.Capacities;
import dev.reciprocity.Capacity;
import dev.reciprocity.DecayedBalances;
import dev.reciprocity.DevelopmentalScores;
import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.PartyId;
import dev.reciprocity.PortfolioScores;
import dev.reciprocity.ProportionalScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SeasonalScores;
import dev.reciprocity.ToleranceBand;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.BalanceCheckContract;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import dev.reciprocity.testkit.ScoringStrategyContract;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Group;

/**
 * The testkit's contract suites, as a host runs them, against the six built-in strategies and the
 * chronic imbalance check.
 */
@SuppressWarnings("ClassCanBeStatic") // jqwik runs inner (non-static) classes as groups only
class ContractProperties {

  /** Quarterly, a band of [0.3, 0.7], two seasons, the review kind only: a rule that filters. */
  static final ReciprocityRule RULE =
      ReciprocityRule.builder()
          .cadence(Cadence.quarterly())
          .toleranceBand(ToleranceBand.of(0.3, 0.7))
          .consecutiveSeasons(2)
          .minimumActivity(Amount.of(1))
          .window(Duration.ofDays(30))
          .halfLife(Duration.ofDays(90))
          .kinds(List.of(ReciprocityArbitraries.KINDS.get(0)))
          .build();

  static FlowColumns columnsOf(List<Flow> flows) {
    return LedgerSnapshot.of(flows).columns();
  }

  @Group
  class Portfolio extends ScoringStrategyContract<PortfolioScores> {
    @Override
    protected ScoringStrategy<?, PortfolioScores> strategy() {
      return Strategies.portfolio();
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class PortfolioOfARule extends ScoringStrategyContract<PortfolioScores> {
    @Override
    protected ScoringStrategy<?, PortfolioScores> strategy() {
      return Strategies.portfolio(RULE);
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class Seasonal extends ScoringStrategyContract<SeasonalScores> {
    @Override
    protected ScoringStrategy<?, SeasonalScores> strategy() {
      return Strategies.seasonal(RULE);
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class Immediate extends ScoringStrategyContract<ImmediateScores> {
    @Override
    protected ScoringStrategy<?, ImmediateScores> strategy() {
      return Strategies.immediate(ReciprocityRule.defaults());
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class Developmental extends ScoringStrategyContract<DevelopmentalScores> {
    @Override
    protected ScoringStrategy<?, DevelopmentalScores> strategy() {
      return Strategies.developmental(
          RULE, Duration.ofDays(20), DevelopmentalScores.ReturnFrom.NETWORK);
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class Proportional extends ScoringStrategyContract<ProportionalScores> {
    @Override
    protected ScoringStrategy<?, ProportionalScores> strategy() {
      // every other party of the pool declares a capacity; the rest give without one
      List<PartyId> pool = ReciprocityArbitraries.partyPool(ReciprocityArbitraries.MAX_POOL_SIZE);
      List<Capacity> capacities = new java.util.ArrayList<>();
      for (int i = 0; i < pool.size(); i += 2) {
        capacities.add(Capacity.builder().party(pool.get(i)).capacity(1 + i).build());
      }
      return Strategies.proportional(RULE, Capacities.of(capacities));
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class Decaying extends ScoringStrategyContract<DecayedBalances> {
    @Override
    protected ScoringStrategy<?, DecayedBalances> strategy() {
      // every generated flow is before END: none is refused for being after asOf
      return Strategies.decaying(RULE, ReciprocityArbitraries.END);
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class ChronicImbalance extends BalanceCheckContract {
    @Override
    protected BalanceCheck check() {
      return BalanceChecks.chronicImbalance(RULE);
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }

  @Group
  class ChronicImbalanceMonthly extends BalanceCheckContract {
    @Override
    protected BalanceCheck check() {
      return BalanceChecks.chronicImbalance(
          ReciprocityRule.builder().cadence(Cadence.monthly()).consecutiveSeasons(1).build());
    }

    @Override
    protected FlowColumns columns(List<Flow> flows) {
      return columnsOf(flows);
    }
  }
}
