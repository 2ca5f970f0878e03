package dev.reciprocity.spi;

import dev.reciprocity.Agreement;
import dev.reciprocity.FlowKind;
import dev.reciprocity.ReciprocityRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link BalanceCheckProvider} receives to create a check: the review's rule (cadence,
 * kinds, tolerance band), the named parameters given with the check's name, the agreements of the
 * community (for checks of their review cadence and adjustment path) and the rules the review gives
 * kinds of their own ({@code --rule mentor=developmental:lag=P180D}, for checks of late returns).
 * Immutable and thread-safe.
 */
public final class CheckContext {

  private final ReciprocityRule rule;
  private final StrategyParameters parameters;
  private final List<Agreement> agreements;
  private final SortedMap<FlowKind, String> kindRules;

  private CheckContext(
      ReciprocityRule rule,
      StrategyParameters parameters,
      List<Agreement> agreements,
      SortedMap<FlowKind, String> kindRules) {
    this.rule = rule;
    this.parameters = parameters;
    this.agreements = agreements;
    this.kindRules = kindRules;
  }

  /**
   * Returns a context without agreements or kinds' own rules.
   *
   * @param rule the review's rule
   * @param parameters the named parameters
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static CheckContext of(ReciprocityRule rule, StrategyParameters parameters) {
    return new CheckContext(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(parameters, "parameters"),
        List.of(),
        new TreeMap<>());
  }

  /**
   * Returns the same context with the community's agreements.
   *
   * @param agreements the agreements
   * @return the context
   * @throws NullPointerException if {@code agreements} or one of them is null
   */
  public CheckContext withAgreements(List<Agreement> agreements) {
    return new CheckContext(rule, parameters, List.copyOf(agreements), kindRules);
  }

  /**
   * Returns the same context with the rules kinds are judged by apart from the review.
   *
   * @param kindRules each kind's strategy, as named to a lookup, such as {@code
   *     developmental:lag=P180D,returnFrom=network}
   * @return the context
   * @throws NullPointerException if {@code kindRules} or a key or value is null
   */
  public CheckContext withKindRules(Map<FlowKind, String> kindRules) {
    return new CheckContext(
        rule,
        parameters,
        agreements,
        java.util.Collections.unmodifiableSortedMap(new TreeMap<>(kindRules)));
  }

  /**
   * Returns the same context with other parameters.
   *
   * @param parameters the named parameters
   * @return the context
   * @throws NullPointerException if {@code parameters} is null
   */
  public CheckContext withParameters(StrategyParameters parameters) {
    return new CheckContext(
        rule, Objects.requireNonNull(parameters, "parameters"), agreements, kindRules);
  }

  /**
   * The review's rule: its cadence (the seasons checks judge), kinds and tolerance band.
   *
   * @return the rule
   */
  public ReciprocityRule rule() {
    return rule;
  }

  /**
   * The named parameters given with the check's name, such as {@code share=0.6}.
   *
   * @return the parameters; empty when none were given
   */
  public StrategyParameters parameters() {
    return parameters;
  }

  /**
   * The community's agreements.
   *
   * @return the agreements; empty when none were given
   */
  public List<Agreement> agreements() {
    return agreements;
  }

  /**
   * The rules kinds are judged by apart from the review, by kind.
   *
   * @return kind to strategy; empty when every kind is judged by the review's rule
   */
  public SortedMap<FlowKind, String> kindRules() {
    return kindRules;
  }
}
