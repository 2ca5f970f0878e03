package com.example.reviews;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.spi.BalanceCheck;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.testkit.BalanceCheckContract;
import dev.reciprocity.testkit.ReciprocityArbitraries;
import java.util.List;

/**
 * The host's check held to the SPI's contract by the suite reciprocity-testkit publishes: the order
 * of rows does not matter, it is pure, and two threads checking one view get what one gets.
 */
class HeroCheckContractProperties extends BalanceCheckContract {

  @Override
  protected BalanceCheck check() {
    return new HeroCheck(
        ReciprocityRule.builder().cadence(Cadence.monthly()).build(),
        ReciprocityArbitraries.KINDS.get(0));
  }

  @Override
  protected FlowColumns columns(List<Flow> flows) {
    return LedgerSnapshot.of(flows).columns();
  }
}
