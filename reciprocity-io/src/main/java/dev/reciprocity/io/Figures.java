package dev.reciprocity.io;

import dev.reciprocity.Amount;
import dev.reciprocity.Cadence;
import dev.reciprocity.FindingType;
import dev.reciprocity.FlowKind;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.PartyId;
import dev.reciprocity.core.ReviewSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers as a newcomer reads them: percentages with two decimals, exact amounts, signed nets. */
public final class Figures {

  private Figures() {}

  /** A share in {@code [0, 1]} as a percentage with two decimals, {@code n/a} for NaN. */
  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  /** An amount with a plus sign when positive, as a net balance is shown. */
  static String signed(Amount amount) {
    return amount.signum() > 0 ? "+" + amount : amount.toString();
  }

  /**
   * A count with a noun, singular or plural: {@code 1 party}, {@code 3 parties}.
   *
   * @param n the count
   * @param one the noun for one
   * @param many the noun for any other count
   * @return the count and its noun
   */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A finding type in words: {@code chronic giver}. */
  static String words(FindingType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The word for one season of a cadence: {@code month}, {@code quarter}, {@code week}... */
  static String seasonWord(Cadence cadence) {
    return switch (cadence.unit()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case YEAR -> "year";
      case ISO_WEEK -> "week";
      case CUSTOM -> "season";
    };
  }

  /** A cadence in words: {@code calendar quarters in UTC}. */
  static String describe(Cadence cadence) {
    String zone = cadence.zone().equals(java.time.ZoneOffset.UTC) ? "UTC" : cadence.zone().getId();
    return switch (cadence.unit()) {
      case ISO_WEEK -> "ISO weeks in " + zone;
      case CUSTOM ->
          "every " + cadence.length().orElseThrow() + " from " + cadence.anchor().orElseThrow();
      default -> "calendar " + seasonWord(cadence) + "s in " + zone;
    };
  }

  /** The range line of a report's header: first and last flow, and the selected range if any. */
  static String range(Instant firstFlow, Instant lastFlow, ReviewSettings settings) {
    String flows = firstFlow + " to " + lastFlow + " (first and last flow)";
    if (settings.from().isEmpty() && settings.to().isEmpty()) {
      return flows;
    }
    String from = settings.from().map(f -> "at or after " + f).orElse("");
    String to = settings.to().map(t -> "before " + t).orElse("");
    return "flows " + from + (from.isEmpty() || to.isEmpty() ? "" : " and ") + to + ": " + flows;
  }

  /** {@code " (the top 10 of 37)"} when a list is cut, else nothing. */
  static String showing(long shown, long total) {
    return shown < total ? " (the top " + shown + " of " + total + ")" : "";
  }

  /** Kind names separated by commas: {@code review, help}. */
  static String kindNames(Collection<FlowKind> kinds) {
    return kinds.stream().map(FlowKind::name).collect(Collectors.joining(", "));
  }

  /** The parties' parts of the cleared weight, largest first, then by party. */
  static List<Map.Entry<PartyId, Amount>> clearedByPartyLargestFirst(NetworkCirculation c) {
    List<Map.Entry<PartyId, Amount>> parts = new ArrayList<>(c.clearedByParty().entrySet());
    parts.sort(
        Map.Entry.<PartyId, Amount>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return parts;
  }
}
