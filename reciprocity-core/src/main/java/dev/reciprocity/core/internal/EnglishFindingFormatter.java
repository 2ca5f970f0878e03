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
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    if (FailureModeWording.knows(f.type())) {
      return FailureModeWording.summary(f);
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
    if (FailureModeWording.knows(f.type())) {
      return FailureModeWording.suggestion(f);
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

  /** What the chronic wording reads of a finding's evidence, gathered in one pass. */
  private static final class ChronicEvidence {
    int seasons;
    @org.jspecify.annotations.Nullable Interval firstSeason;
    @org.jspecify.annotations.Nullable Interval lastSeason;
    long out;
    long in;
    long given;
    long received;
    double low = Double.NaN;
    double high = Double.NaN;
    boolean lowSeen;
    boolean highSeen;

    ChronicEvidence(Finding f) {
      for (Evidence e : f.evidence()) {
        switch (e.measure()) {
          case Evidence.GIVE_SHARE -> {
            if (seasons++ == 0) {
              firstSeason = e.period().orElse(null);
            }
            lastSeason = e.period().orElse(null);
          }
          case Evidence.OUT_STRENGTH -> out = plus(out, e);
          case Evidence.IN_STRENGTH -> in = plus(in, e);
          case Evidence.GIVEN_TO_COUNTERPART -> given = plus(given, e);
          case Evidence.RECEIVED_FROM_COUNTERPART -> received = plus(received, e);
          case Evidence.TOLERANCE_LOW -> {
            if (!lowSeen) {
              lowSeen = true;
              low = e.value();
            }
          }
          case Evidence.TOLERANCE_HIGH -> {
            if (!highSeen) {
              highSeen = true;
              high = e.value();
            }
          }
          default -> {}
        }
      }
    }

    /** The sum so far plus the evidence's amount, within {@link Amount}'s bounds as its plus is. */
    private static long plus(long sum, Evidence e) {
      return e.amount().isPresent() ? Amount.ofMicros(sum).plus(e.amount().get()).micros() : sum;
    }
  }

  /** A number with two decimals, rounded half up, as {@code %.2f} writes it. */
  /**
   * {@code String.format(Locale.ROOT, "%.2f", value)}, without the formatter: Java 17 rounds the
   * shortest decimal that reads back as the double ({@code Double.toString}'s digits) half up to
   * two places, as this does; a findings' text is made for every finding of a review.
   */
  static String twoDecimals(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP);
    String text = rounded.toPlainString();
    // the formatter keeps the sign of a negative value that rounds to zero
    return rounded.signum() == 0 && Math.copySign(1.0, value) < 0 ? "-" + text : text;
  }

  private static String chronicSummary(Finding f) {
    ChronicEvidence ev = new ChronicEvidence(f);
    int n = ev.seasons;
    Amount out = Amount.ofMicros(ev.out);
    Amount in = Amount.ofMicros(ev.in);
    boolean giver = f.type().equals(FindingType.CHRONIC_GIVER);
    double share =
        out.plus(in).isZero() ? Double.NaN : (double) out.micros() / (out.micros() + in.micros());
    StringBuilder b = new StringBuilder(256);
    b.append(f.subject())
        .append(' ')
        .append(giver ? "gave far more than they received" : "received far more than they gave")
        .append(" in ")
        .append(n)
        .append(" consecutive ")
        .append(seasonNoun(Optional.ofNullable(ev.firstSeason), n))
        .append(" (")
        .append(f.period().label())
        .append("): gave ")
        .append(out)
        .append(" and received ")
        .append(in)
        .append(", a give share of ")
        .append(twoDecimals(share))
        .append(" against a tolerance band of [")
        .append(twoDecimals(ev.low))
        .append(", ")
        .append(twoDecimals(ev.high))
        .append("].");
    if (f.severity() == Severity.NOTICE && ev.lastSeason != null) {
      b.append(" The streak ended with ").append(ev.lastSeason.label()).append('.');
    }
    return b.toString();
  }

  private static String chronicSuggestion(Finding f) {
    PartyId party = f.subject();
    PartyId partner = f.counterpart().orElseThrow();
    ChronicEvidence ev = new ChronicEvidence(f);
    Amount given = Amount.ofMicros(ev.given);
    Amount received = Amount.ofMicros(ev.received);
    String when = f.severity() == Severity.NOTICE ? "if the imbalance returns" : "this season";
    String needed = f.shortfall().map(Amount::toString).orElse("n/a");
    Map<FlowKind, Amount> kinds = f.exchangeByKind();
    StringBuilder b = new StringBuilder(320);
    if (f.type().equals(FindingType.CHRONIC_GIVER)) {
      return b.append("Ask ")
          .append(partner)
          .append(", who received ")
          .append(given)
          .append(" from ")
          .append(party)
          .append(" in ")
          .append(f.period().label())
          .append(" (")
          .append(describe(kinds))
          .append(") and returned ")
          .append(received)
          .append(", to give ")
          .append(party)
          .append(" something back ")
          .append(when)
          .append(", and share ")
          .append(party)
          .append("'s ")
          .append(topKind(kinds))
          .append(" load with others; ")
          .append(party)
          .append(" would need about ")
          .append(needed)
          .append(" more received to be inside the band.")
          .toString();
    }
    return b.append("Invite ")
        .append(party)
        .append(" to give ")
        .append(partner)
        .append(" something back ")
        .append(when)
        .append(": ")
        .append(partner)
        .append(" gave ")
        .append(party)
        .append(' ')
        .append(received)
        .append(" in ")
        .append(f.period().label())
        .append(" (")
        .append(describe(kinds))
        .append(") and received ")
        .append(given)
        .append(" in return. Make declining safe, since a chronic receiver may feel obligated; ")
        .append(party)
        .append(" would need to give about ")
        .append(needed)
        .append(" more to be inside the band.")
        .toString();
  }

  private static String figure(Evidence e) {
    String value = e.amount().map(Amount::toString).orElseGet(() -> twoDecimals(e.value()));
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
