package dev.reciprocity.core;

import static dev.reciprocity.core.Fixtures.ADA;
import static dev.reciprocity.core.Fixtures.BOB;
import static dev.reciprocity.core.Fixtures.day;
import static dev.reciprocity.core.Fixtures.flow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.Flow;
import dev.reciprocity.LimitExceededException;
import dev.reciprocity.PartyId;
import dev.reciprocity.ReciprocityRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals from strategies teach as the ledger's do: what was refused, quoted short ({@code
 * Texts.quote}: at most 60 characters of a value, control characters escaped), the limit, the fix,
 * in fewer than 300 characters.
 */
class RefusalMessagesTest {

  /**
   * Bug: a strategy's totalAmount refusal embeds {@code flow.toString()} cut at 160 characters,
   * unescaped: a flow id or tag with a line break puts a raw line break into the message (and the
   * log line), and the message is 382 characters long.
   */
  @Test
  void aStrategysTotalAmountRefusalShowsTheFlowShortAndOnOneLine() {
    Flow first =
        Flow.builder()
            .from(flow(ADA, BOB, "5000000000000", day(0)))
            .id("f\n1")
            .addTags("x\ny")
            .build();
    Flow second = Flow.builder().from(first).id("f2").build();

    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> Strategies.portfolio().score(List.of(first, second)));

    String m = e.getMessage();
    assertTrue(m.indexOf('\n') < 0, m);
    assertTrue(m.length() < 300, () -> m.length() + " characters: " + m);
  }

  /**
   * Bug: the decaying strategy's refusal of a flow after asOf shows both party names whole: 713
   * characters with names of 256.
   */
  @Test
  void aDecayingRefusalShowsLongNamesShort() {
    Flow late = flow(PartyId.of("p".repeat(256)), PartyId.of("q".repeat(256)), "1", day(2));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Strategies.decaying(ReciprocityRule.defaults(), day(1)).score(List.of(late)));

    String m = e.getMessage();
    assertTrue(m.length() < 300, () -> m.length() + " characters: " + m);
  }
}
