package dev.reciprocity.core.internal;

import dev.reciprocity.Amount;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.PartyId;
import dev.reciprocity.Severity;
import dev.reciprocity.internal.Texts;
import dev.reciprocity.spi.FindingFormatter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in English wording of findings; see {@code FindingFormatters.english()}. Party and kind
 * names are quoted whole up to {@link PartyId#MAX_LENGTH} characters (the ledger's bound), so a
 * sentence stays a few hundred characters.
 */
final class EnglishFindingFormatter implements FindingFormatter {

  static final EnglishFindingFormatter INSTANCE = new EnglishFindingFormatter();

  private EnglishFindingFormatter() {}

  @Override
  public String summary(Finding f) {
    if (isChronic(f)) {
      return chronicSummary(f);
    }
    // a host's type: the pattern in words with its subject, period and evidence over the whole
    String figures =
        f.evidence().stream()
            .filter(e -> e.period().isEmpty() || e.period().get().equals(f.period()))
            .map(EnglishFindingFormatter::figure)
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%s: %s in %s%s.",
        f.subject(),
        words(f.type()),
        f.period().label(),
        figures.isEmpty() ? "" : " (" + figures + ")");
  }

  @Override
  public String suggestion(Finding f) {
    if (isChronic(f) && f.counterpart().isPresent()) {
      return chronicSuggestion(f);
    }
    // a host's type: a next step built from the counterpart, kinds and shortfall it carries
    StringBuilder sb =
        new StringBuilder("Review the ").append(words(f.type())).append(" of ").append(f.subject());
    f.counterpart().ifPresent(c -> sb.append(" with ").append(c));
    if (!f.exchangeByKind().isEmpty()) {
      sb.append(" (").append(describe(f.exchangeByKind())).append(')');
    }
    f.shortfall().ifPresent(s -> sb.append("; about ").append(s).append(" would rebalance it"));
    return sb.append('.').toString();
  }

  private static boolean isChronic(Finding f) {
    return f.type().equals(FindingType.CHRONIC_GIVER)
        || f.type().equals(FindingType.CHRONIC_RECEIVER);
  }

  private static String chronicSummary(Finding f) {
    List<Evidence> shares = f.evidence(Evidence.GIVE_SHARE);
    int n = shares.size();
    Amount out = sum(f.evidence(Evidence.OUT_STRENGTH));
    Amount in = sum(f.evidence(Evidence.IN_STRENGTH));
    double low =
        f.evidence(Evidence.TOLERANCE_LOW).stream()
            .findFirst()
            .map(Evidence::value)
            .orElse(Double.NaN);
    double high =
        f.evidence(Evidence.TOLERANCE_HIGH).stream()
            .findFirst()
            .map(Evidence::value)
            .orElse(Double.NaN);
    boolean giver = f.type().equals(FindingType.CHRONIC_GIVER);
    Optional<Interval> last = shares.isEmpty() ? Optional.empty() : shares.get(n - 1).period();
    Optional<Interval> firstSeason = shares.isEmpty() ? Optional.empty() : shares.get(0).period();
    double share =
        out.plus(in).isZero() ? Double.NaN : (double) out.micros() / (out.micros() + in.micros());
    return String.format(
        Locale.ROOT,
        "%s %s in %d consecutive %s (%s): gave %s and received %s, a give share of %.2f against a"
            + " tolerance band of [%.2f, %.2f].%s",
        f.subject(),
        giver ? "gave far more than they received" : "received far more than they gave",
        n,
        seasonNoun(firstSeason, n),
        f.period().label(),
        out,
        in,
        share,
        low,
        high,
        f.severity() == Severity.NOTICE && last.isPresent()
            ? " The streak ended with " + last.get().label() + "."
            : "");
  }

  private static String chronicSuggestion(Finding f) {
    PartyId party = f.subject();
    PartyId partner = f.counterpart().orElseThrow();
    Amount given = sum(f.evidence(Evidence.GIVEN_TO_COUNTERPART));
    Amount received = sum(f.evidence(Evidence.RECEIVED_FROM_COUNTERPART));
    String when = f.severity() == Severity.NOTICE ? "if the imbalance returns" : "this season";
    String needed = f.shortfall().map(Amount::toString).orElse("n/a");
    Map<FlowKind, Amount> kinds = f.exchangeByKind();
    if (f.type().equals(FindingType.CHRONIC_GIVER)) {
      return String.format(
          Locale.ROOT,
          "Ask %s, who received %s from %s in %s (%s) and returned %s, to give %s something back"
              + " %s, and share %s's %s load with others; %s would need"
              + " about %s more received to be inside the band.",
          partner,
          given,
          party,
          f.period().label(),
          describe(kinds),
          received,
          party,
          when,
          party,
          topKind(kinds),
          party,
          needed);
    }
    return String.format(
        Locale.ROOT,
        "Invite %s to give %s something back %s: %s gave %s %s in %s (%s) and received %s"
            + " in return. Make declining safe, since a chronic receiver may feel obligated; %s"
            + " would need to give about %s more to be inside the band.",
        party,
        partner,
        when,
        partner,
        party,
        received,
        f.period().label(),
        describe(kinds),
        given,
        party,
        needed);
  }

  private static Amount sum(List<Evidence> evidence) {
    Amount total = Amount.ZERO;
    for (Evidence e : evidence) {
      total = total.plus(e.amount().orElse(Amount.ZERO));
    }
    return total;
  }

  private static String figure(Evidence e) {
    String value =
        e.amount().map(Amount::toString).orElse(String.format(Locale.ROOT, "%.2f", e.value()));
    String unit =
        Evidence.SHARE.equals(e.unit()) || FlowKind.DEFAULT_UNIT.equals(e.unit())
            ? ""
            : " " + Texts.shown(e.unit());
    return Texts.shown(e.measure())
        + " "
        + value
        + unit
        + e.counterpart().map(c -> " with " + c).orElse("");
  }

  /** A finding type in words: {@code chronic giver}. */
  static String words(FindingType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String kindName(FlowKind kind) {
    return FlowKind.DEFAULT_UNIT.equals(kind.unit())
        ? kind.name()
        : kind.name() + " (" + kind.unit() + ")";
  }

  private static String topKind(Map<FlowKind, Amount> kinds) {
    return kinds.entrySet().stream()
        .max(
            Map.Entry.<FlowKind, Amount>comparingByValue()
                .thenComparing(e -> kindName(e.getKey()), Comparator.reverseOrder()))
        .map(e -> kindName(e.getKey()))
        .orElse("contribution");
  }

  private static String describe(Map<FlowKind, Amount> kinds) {
    List<Map.Entry<FlowKind, Amount>> entries = new ArrayList<>(kinds.entrySet());
    entries.sort(
        Map.Entry.<FlowKind, Amount>comparingByValue()
            .reversed()
            .thenComparing(e -> kindName(e.getKey())));
    return entries.stream()
        .map(e -> kindName(e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** The season's noun from its length: week, month, quarter, year, or season. */
  private static String seasonNoun(Optional<Interval> season, int n) {
    String one = season.map(s -> noun(s.length())).orElse("season");
    return n == 1 ? one : one + "s";
  }

  private static String noun(Duration length) {
    long hours = length.toHours();
    long days = Math.round(hours / 24.0);
    if (days == 7) {
      return "week";
    } else if (days >= 28 && days <= 31) {
      return "month";
    } else if (days >= 89 && days <= 92) {
      return "quarter";
    } else if (days == 365 || days == 366) {
      return "year";
    }
    return "season";
  }
}
