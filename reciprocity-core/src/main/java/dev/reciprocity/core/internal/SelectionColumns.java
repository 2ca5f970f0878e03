package dev.reciprocity.core.internal;

import dev.reciprocity.Cadence;
import dev.reciprocity.Flow;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.spi.FlowColumns;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The engine's {@link FlowColumns}: a {@link FlowSelection} read through the columns of its {@link
 * FlowTable}, with the portfolio sums ({@link Portfolio}) and the season sums ({@link Seasons},
 * {@link SeasonSums}) computed on first request and kept, so that every strategy and check of one
 * review reads the same sums. Immutable and thread-safe: the sums are published through volatile
 * fields and a concurrent map; two threads asking at once may both compute, and one result wins.
 */
public final class SelectionColumns implements FlowColumns {

  private final FlowSelection selection;
  private final FlowTable table;
  private volatile @Nullable Portfolio portfolio;
  private final ConcurrentHashMap<Cadence, SeasonView> seasons = new ConcurrentHashMap<>();

  private SelectionColumns(FlowSelection selection) {
    this.selection = selection;
    this.table = selection.table;
  }

  /** The column view of a selection. */
  public static SelectionColumns of(FlowSelection selection) {
    return new SelectionColumns(Objects.requireNonNull(selection, "selection"));
  }

  /** The selection behind the view. */
  public FlowSelection selection() {
    return selection;
  }

  /** The portfolio sums of the view, computed once. */
  public Portfolio portfolio() {
    Portfolio p = portfolio;
    if (p == null) {
      p = Portfolio.of(selection, null);
      portfolio = p;
    }
    return p;
  }

  @Override
  public int size() {
    return selection.size();
  }

  @Override
  public int partyCount() {
    return table.partyCount;
  }

  @Override
  public PartyId party(int party) {
    Objects.checkIndex(party, table.partyCount);
    return table.parties[party];
  }

  @Override
  public int partyIndex(PartyId party) {
    return table.indexOf(Objects.requireNonNull(party, "party"));
  }

  @Override
  public int kindCount() {
    return table.kindCount;
  }

  @Override
  public FlowKind kind(int kind) {
    Objects.checkIndex(kind, table.kindCount);
    return table.kindNames[kind];
  }

  private int row(int row) {
    Objects.checkIndex(row, selection.size());
    return selection.row(row);
  }

  @Override
  public int giver(int row) {
    return table.giver(row(row));
  }

  @Override
  public int receiver(int row) {
    return table.receiver(row(row));
  }

  @Override
  public int kindOf(int row) {
    return table.kindOf(row(row));
  }

  @Override
  public long micros(int row) {
    return table.micros(row(row));
  }

  @Override
  public long epochSecond(int row) {
    return table.second(row(row));
  }

  @Override
  public int nano(int row) {
    return table.nano(row(row));
  }

  @Override
  public Flow flow(int row) {
    return table.flow(row(row));
  }

  @Override
  public List<Flow> flows() {
    return selection.flows();
  }

  @Override
  public FlowColumns ofKinds(Set<FlowKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      return this;
    }
    FlowSelection narrower = selection.ofKinds(kinds);
    return narrower.size() == selection.size() ? this : new SelectionColumns(narrower);
  }

  @Override
  public PartySums partySums() {
    Portfolio p = portfolio();
    return new PartySums() {
      @Override
      public boolean present(int party) {
        return p.present[Objects.checkIndex(party, p.present.length)];
      }

      @Override
      public long outStrength(int party) {
        return p.out[Objects.checkIndex(party, p.out.length)];
      }

      @Override
      public long inStrength(int party) {
        return p.in[Objects.checkIndex(party, p.in.length)];
      }

      @Override
      public long reciprocatedStrength(int party) {
        return p.reciprocated[Objects.checkIndex(party, p.reciprocated.length)];
      }
    };
  }

  @Override
  public DyadSums dyadSums() {
    Portfolio p = portfolio();
    return new DyadSums() {
      @Override
      public long count() {
        return p.dyadCount();
      }

      @Override
      public long weight(int giver, int receiver) {
        return p.weight(
            Objects.checkIndex(giver, table.partyCount),
            Objects.checkIndex(receiver, table.partyCount));
      }

      @Override
      public void forEach(DyadVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        p.forEachDyad(visitor);
      }
    };
  }

  @Override
  public NetworkScore network() {
    return portfolio().network();
  }

  @Override
  public Seasons seasons(Cadence cadence) {
    Objects.requireNonNull(cadence, "cadence");
    SeasonView v = seasons.get(cadence);
    if (v == null) {
      Portfolio.checkOneUnit(selection, null);
      dev.reciprocity.core.internal.Seasons of =
          dev.reciprocity.core.internal.Seasons.of(selection, null, cadence);
      SeasonSums sums = SeasonSums.of(selection, of, of.occupied.size());
      v = new SeasonView(cadence, of, sums);
      SeasonView had = seasons.putIfAbsent(cadence, v);
      if (had != null) {
        v = had;
      }
    }
    return v;
  }

  /** The engine's seasons and sums of one cadence, as the SPI offers them. */
  static final class SeasonView implements FlowColumns.Seasons {
    private final Cadence cadence;
    final dev.reciprocity.core.internal.Seasons of;
    final SeasonSums sums;

    SeasonView(Cadence cadence, dev.reciprocity.core.internal.Seasons of, SeasonSums sums) {
      this.cadence = cadence;
      this.of = of;
      this.sums = sums;
    }

    @Override
    public Cadence cadence() {
      return cadence;
    }

    @Override
    public int count() {
      return of.occupied.size();
    }

    @Override
    public Interval season(int season) {
      return of.occupied.get(season);
    }

    @Override
    public int seasonOf(int row) {
      return of.seasonOf[Objects.checkIndex(row, of.seasonOf.length)];
    }

    @Override
    public long outStrength(int party, int season) {
      Objects.checkIndex(season, of.occupied.size());
      return sums.out(party, season);
    }

    @Override
    public long inStrength(int party, int season) {
      Objects.checkIndex(season, of.occupied.size());
      return sums.in(party, season);
    }
  }
}
