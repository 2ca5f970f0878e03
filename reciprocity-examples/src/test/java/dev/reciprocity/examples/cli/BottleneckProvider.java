package dev.reciprocity.examples.cli;

import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.examples.HeroCheck;
import dev.reciprocity.examples.HeroWording;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.BalanceCheckProvider;
import dev.reciprocity.spi.CheckContext;
import dev.reciprocity.spi.FindingFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A host's check offered by name, as a platform would ship it on the class path: the examples'
 * review bottleneck ({@link HeroCheck}) of one kind, off unless named. Registered only by the test
 * that puts it on a class loader, so that the help and the other tests see the built-ins alone.
 */
public final class BottleneckProvider implements BalanceCheckProvider {

  /** For the service loader. */
  public BottleneckProvider() {}

  @Override
  public String name() {
    return "bottleneck";
  }

  @Override
  public Set<FindingType> findingTypes() {
    return Set.of(HeroCheck.REVIEW_BOTTLENECK);
  }

  @Override
  public Map<String, String> parameterDefaults() {
    return Map.of("kind", "review: the kind whose load is judged");
  }

  @Override
  public boolean enabledByDefault() {
    return false;
  }

  @Override
  public Optional<FindingFormatter> wording() {
    return Optional.of(new HeroWording());
  }

  @Override
  public BalanceCheck create(CheckContext context) {
    return new HeroCheck(
        context.rule(), FlowKind.of(context.parameters().text("kind").orElse("review")));
  }
}
