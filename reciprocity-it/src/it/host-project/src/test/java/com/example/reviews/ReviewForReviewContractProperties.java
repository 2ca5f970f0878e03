package com.example.reviews;

import dev.reciprocity.Flow;
import dev.reciprocity.ImmediateScores;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.core.LedgerSnapshot;
import dev.reciprocity.core.StrategyLookup;
import dev.reciprocity.spi.FlowColumns;
import dev.reciprocity.spi.ScoringStrategy;
import dev.reciprocity.testkit.ScoringStrategyContract;
import java.util.List;

/**
 * The host's strategy held to the SPI's contract by the suite reciprocity-testkit publishes: merge
 * equals one pass, order does not matter, a refused add changes nothing, columns equal one pass, a
 * parallel collector equals one pass.
 */
class ReviewForReviewContractProperties extends ScoringStrategyContract<ImmediateScores> {

  @Override
  protected ScoringStrategy<?, ImmediateScores> strategy() {
    return StrategyLookup.create()
        .find("review-for-review:days=14", ImmediateScores.class, ReciprocityRule.defaults());
  }

  @Override
  protected FlowColumns columns(List<Flow> flows) {
    return LedgerSnapshot.of(flows).columns();
  }
}
