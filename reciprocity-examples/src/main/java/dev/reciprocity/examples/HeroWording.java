package dev.reciprocity.examples;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.spi.FindingFormatter;
import java.util.Locale;

/**
 * The host's English wording of a {@link HeroCheck#REVIEW_BOTTLENECK} finding, registered next to
 * the built-in wording with {@code FindingFormatters.english().with(HeroCheck.REVIEW_BOTTLENECK,
 * new HeroWording())}. It reads only the finding's structured data. Thread-safe.
 *
 * <p>For example: "cy gave more than half of all review in 2026-03: 8 of 15 (53%). One party
 * carrying a kind is a bottleneck and a burnout risk." and "Share cy's review load: find others to
 * take on at least 1 of it, starting with what goes to dee (review 8 in 2026-03)."
 */
public final class HeroWording implements FindingFormatter {

  // README:begin host-wording
  @Override
  public String summary(Finding f) {
    return String.format(
        Locale.ROOT,
        "%s gave more than half of all %s in %s: %s of %s (%.0f%%)."
            + " One party carrying a kind is a bottleneck and a burnout risk.",
        f.subject(),
        kind(f).name(),
        f.period().label(),
        amount(f, Evidence.OUT_STRENGTH),
        amount(f, HeroCheck.TOTAL_GIVEN),
        100 * f.evidence(HeroCheck.SHARE_OF_ALL_GIVING).get(0).value());
  }

  @Override
  public String suggestion(Finding f) {
    FlowKind kind = kind(f);
    return String.format(
        Locale.ROOT,
        "Share %s's %s load: find others to take on at least %s of"
            + " it, starting with what goes to %s (%s %s in %s).",
        f.subject(),
        kind.name(),
        f.shortfall().orElseThrow(),
        f.counterpart().orElseThrow(),
        kind.name(),
        f.exchangeByKind().get(kind),
        f.period().label());
  }

  // README:end

  private static FlowKind kind(Finding f) {
    return f.kinds().iterator().next();
  }

  private static Amount amount(Finding f, String measure) {
    return f.evidence(measure).get(0).amount().orElseThrow();
  }
}
