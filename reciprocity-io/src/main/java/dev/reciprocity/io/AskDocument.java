package dev.reciprocity.io;

import dev.reciprocity.AskRates;
import dev.reciprocity.spi.ResultDocument.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The parties' ask and decline rates in text and Markdown, for any {@link Doc} dialect. */
final class AskDocument {

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Party", false),
          new Column("Asked", true),
          new Column("Was asked", true),
          new Column("Accepted", true),
          new Column("Declined", true),
          new Column("Redirected", true),
          new Column("Decline rate", true));

  private AskDocument() {}

  /** The section "Asks": the most asked parties first, at most {@code top}. */
  static String write(List<AskRates> asks, int top, Doc doc) {
    doc.title("Asks");
    long declined = asks.stream().mapToLong(AskRates::declined).sum();
    long received = asks.stream().mapToLong(AskRates::wasAsked).sum();
    doc.paragraph(
        received
            + " asks, "
            + declined
            + " of them declined. A declined ask is information, not an imbalance: it changes no"
            + " balance above. The most asked first"
            + Figures.showing(Math.min(top, asks.size()), asks.size())
            + ".");
    List<AskRates> mostAsked = new ArrayList<>(asks);
    mostAsked.sort(
        Comparator.comparingInt(AskRates::wasAsked).reversed().thenComparing(AskRates::party));
    List<List<String>> rows = new ArrayList<>();
    for (AskRates a : mostAsked.subList(0, Math.min(top, mostAsked.size()))) {
      rows.add(
          List.of(
              a.party().value(),
              Integer.toString(a.asked()),
              Integer.toString(a.wasAsked()),
              Integer.toString(a.accepted()),
              Integer.toString(a.declined()),
              Integer.toString(a.redirected()),
              Figures.percent(a.declineRate())));
    }
    doc.table(COLUMNS, rows);
    return doc.result();
  }
}
