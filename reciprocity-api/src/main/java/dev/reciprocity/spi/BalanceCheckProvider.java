package dev.reciprocity.spi;

import dev.reciprocity.FindingType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offers a {@link BalanceCheck} under a name, found through {@link java.util.ServiceLoader} as
 * {@link ScoringStrategyProvider}s are: so that a platform switches checks on and tunes them from
 * configuration ({@code review --check hero:share=0.6}) and adds its own without forking the
 * library.
 *
 * <p>To add a check, implement this interface with a public no-argument constructor and list the
 * class in {@code META-INF/services/dev.reciprocity.spi.BalanceCheckProvider} (or in a {@code
 * provides} clause of a module). Names must be unique among the providers on the class path; a
 * duplicate is refused at lookup. Thresholds live in the check's parameters, each with a documented
 * default ({@link #parameterDefaults()}), never in {@link dev.reciprocity.ReciprocityRule}, which
 * says what counts as a return, not when to worry.
 *
 * <pre>{@code
 * public final class BottleneckProvider implements BalanceCheckProvider {
 *   public String name() { return "bottleneck"; }
 *   public Set<FindingType> findingTypes() { return Set.of(BottleneckCheck.REVIEW_BOTTLENECK); }
 *   public Map<String, String> parameterDefaults() { return Map.of("kind", "review"); }
 *   public BalanceCheck create(CheckContext context) {
 *     return new BottleneckCheck(context.rule(), context.parameters().text("kind").orElse("review"));
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
public interface BalanceCheckProvider {

  /**
   * The name under which the check is found, such as {@code "hero"}.
   *
   * @return the name; not blank; unique among providers
   */
  String name();

  /**
   * The finding types the check makes.
   *
   * @return the types; not empty
   */
  Set<FindingType> findingTypes();

  /**
   * Each parameter {@link #create(CheckContext)} reads, with its default and the reason for it, in
   * words, such as {@code "share" -> "0.5: more than half of all giving of a kind rests on one
   * party"}; a lookup refuses any other name. {@code review --help} lists them.
   *
   * @return parameter name to its default and reason; default none
   */
  default Map<String, String> parameterDefaults() {
    return Map.of();
  }

  /**
   * Whether a review runs the check unless told otherwise.
   *
   * @return true for a check of the default set; default true
   */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * The wording of the check's findings, for a host's own finding types; the built-in types are
   * worded by {@code FindingFormatters.english()}.
   *
   * @return the formatter of {@link #findingTypes()}; default empty
   */
  default Optional<FindingFormatter> wording() {
    return Optional.empty();
  }

  /**
   * Creates the check configured by the review's rule, named parameters and model.
   *
   * @param context the rule, the parameters, the agreements and the kinds' own rules
   * @return the check
   * @throws StrategyParameterException if a parameter is malformed or out of range
   */
  BalanceCheck create(CheckContext context);
}
