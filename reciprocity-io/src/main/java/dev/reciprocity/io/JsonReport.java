package dev.reciprocity.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reciprocity.Agreement;
import dev.reciprocity.Amount;
import dev.reciprocity.AskRates;
import dev.reciprocity.DyadScore;
import dev.reciprocity.Evidence;
import dev.reciprocity.Finding;
import dev.reciprocity.FlowKind;
import dev.reciprocity.Interval;
import dev.reciprocity.NetworkCirculation;
import dev.reciprocity.NetworkScore;
import dev.reciprocity.PartyId;
import dev.reciprocity.PartyScore;
import dev.reciprocity.ReciprocityReview;
import dev.reciprocity.ReciprocityRule;
import dev.reciprocity.SuggestedExchange;
import dev.reciprocity.core.ReviewReport;
import dev.reciprocity.core.ReviewSettings;
import dev.reciprocity.core.ScoreReport;
import dev.reciprocity.spi.FindingFormatter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The report as one JSON object, for programs, streamed: memory does not grow with the report.
 * Amounts are exact JSON numbers (plain decimals without trailing zeros, never in exponent form);
 * shares are numbers in {@code [0, 1]}, unrounded, and {@code null} where undefined (NaN); instants
 * are ISO-8601 strings in UTC.
 *
 * <p>Top-level keys: {@code schemaVersion} ({@value #SCHEMA_VERSION}), {@code source}, {@code
 * season}, {@code from}, {@code to}, {@code kinds}, {@code rule}, {@code firstFlow}, {@code
 * lastFlow}, {@code flowCount}, {@code partyCount}, {@code totalWeight}, {@code
 * weightedReciprocity}, {@code overallReciprocity}, {@code parties} (every party of the selected
 * flows, sorted by id), {@code findings}, {@code latestSeason} (a review, or {@code null}), {@code
 * wholeRange} (a review), then {@code clearedShare} (the whole range's network circulation: the
 * share of all weight that runs in closed cycles, in {@code [0, 1]}, or {@code null} when not
 * computed), {@code clearedShareReason} (why not, or {@code null}) and, when kinds are judged by
 * their own rules, {@code kindRules}: for each, {@code kinds}, {@code strategy}, {@code
 * resultType}, {@code firstFlow}, {@code lastFlow}, {@code flowCount} and {@code result}, as {@code
 * score --format json} writes them.
 *
 * <p>Each finding is written once, in the top-level {@code findings}: the whole range's findings,
 * most severe first, then those of the latest season that the whole range does not hold (none for
 * the built-in checks). A finding holds {@code id} (its index in that array), {@code type}, {@code
 * subject}, {@code severity}, {@code summary}, {@code suggestion}, {@code period} and {@code
 * evidence}. A review holds {@code label}, {@code start}, {@code end} (exclusive), {@code
 * flowCount}, {@code partyCount}, {@code weightedReciprocity}, {@code overallReciprocity}, the
 * three questions {@code gaveWithoutReturn}, {@code receivedWithoutGiving} and {@code
 * rebalancingExchanges}, {@code celebrate} and {@code findings}: the ids of its findings, most
 * severe first.
 */
final class JsonReport {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          // shares as the shortest decimal that reads back as the same double (Schubfach), a few
          // times faster than Double.toString on Java 17
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .build();

  /**
   * The version of the JSON documents' layout: an integer raised whenever a key is removed or
   * renamed or its meaning changes; adding a key does not raise it. Version 2 writes each finding
   * once (reviews refer to findings by id); version 1, the layout before, had no {@code
   * schemaVersion} key.
   */
  static final int SCHEMA_VERSION = 2;

  private JsonReport() {}

  /** A pretty-printing generator over a writer, which it neither flushes nor closes. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = MAPPER.getFactory().createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return g;
  }

  /** Renders the report as pretty-printed JSON, ending with a line break. */
  static String render(ReviewReport report, FindingFormatter words) {
    StringWriter out = new StringWriter();
    try {
      write(report, words, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the report as pretty-printed JSON, ending with a line break, streaming: memory does not
   * grow with the report (a review of millions of flows writes hundreds of megabytes).
   */
  static void write(ReviewReport report, FindingFormatter words, Writer out) throws IOException {
    write(report, words, ReviewAdditions.none(), out);
  }

  /**
   * {@link #write(ReviewReport, FindingFormatter, Writer)} with what follows the review, after
   * every other key: {@code kindRules} and {@code asks}, each left out when empty.
   *
   * @throws IllegalArgumentException if a rule's strategy offers no writer of its result
   */
  static void write(
      ReviewReport report, FindingFormatter words, ReviewAdditions additions, Writer out)
      throws IOException {
    JsonGenerator g = generator(out);
    ReviewSettings settings = report.settings();
    NetworkScore network = report.wholeRange().network();
    // each finding once, numbered in the order written; the reviews refer to the numbers
    IdentityHashMap<Finding, Integer> ids = new IdentityHashMap<>();
    List<Finding> all = new ArrayList<>();
    List<Finding> seen = new ArrayList<>(report.wholeRange().findings());
    report.latestSeason().ifPresent(s -> seen.addAll(s.findings()));
    for (Finding f : seen) {
      if (ids.putIfAbsent(f, ids.size()) == null) {
        all.add(f);
      }
    }
    g.writeStartObject();
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("source", report.source());
    g.writeStringField("season", Figures.seasonWord(settings.cadence()));
    instant(g, "from", settings.from());
    instant(g, "to", settings.to());
    g.writeArrayFieldStart("kinds");
    kinds(g, settings.kinds());
    g.writeObjectFieldStart("rule");
    rule(g, report.rule());
    g.writeStringField("firstFlow", report.firstFlow().toString());
    g.writeStringField("lastFlow", report.lastFlow().toString());
    g.writeNumberField("flowCount", report.flowCount());
    g.writeNumberField("partyCount", report.partyCount());
    amount(g, "totalWeight", network.totalWeight());
    share(g, "weightedReciprocity", network.weightedReciprocity());
    share(g, "overallReciprocity", network.overallReciprocity());
    g.writeArrayFieldStart("parties");
    List<PartyScore> parties = report.wholeRange().parties();
    array(g, parties.size(), 1024, (gen, i) -> party(gen, parties.get(i)));
    g.writeArrayFieldStart("findings");
    // a formatter is pure and thread-safe by contract: the findings are worded on every core
    array(g, all.size(), 64, (gen, id) -> finding(gen, all.get(id), id, words));
    if (report.latestSeason().isPresent()) {
      g.writeObjectFieldStart("latestSeason");
      review(g, report.latestSeason().get(), ids);
    } else {
      g.writeNullField("latestSeason");
    }
    g.writeObjectFieldStart("wholeRange");
    review(g, report.wholeRange(), ids);
    // after the keys of schema 2, so that no key before moves
    circulation(g, report.wholeRange());
    if (!additions.kindRules().isEmpty()) {
      g.writeArrayFieldStart("kindRules");
      for (ScoreReport<?> rule : additions.kindRules()) {
        JsonScores.rule(g, rule);
      }
      g.writeEndArray();
    }
    if (!additions.asks().isEmpty()) {
      g.writeArrayFieldStart("asks");
      for (AskRates a : additions.asks()) {
        g.writeStartObject();
        g.writeStringField("party", a.party().value());
        g.writeNumberField("asked", a.asked());
        g.writeNumberField("wasAsked", a.wasAsked());
        g.writeNumberField("accepted", a.accepted());
        g.writeNumberField("declined", a.declined());
        g.writeNumberField("redirected", a.redirected());
        share(g, "declineRate", a.declineRate());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!additions.agreements().isEmpty()) {
      g.writeArrayFieldStart("agreements");
      for (AgreementReport a : additions.agreements()) {
        agreement(g, a);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  /**
   * The whole range's network circulation: {@code clearedShare} (a number in {@code [0, 1]}, null
   * when not computed), {@code clearedShareReason} (why not, or null) and {@code clearedByParty}
   * (each party with a part of the cleared weight, {@code party} and {@code cleared}, largest
   * first; null when the share is).
   */
  private static void circulation(JsonGenerator g, ReciprocityReview review) throws IOException {
    OptionalDouble share =
        review.circulation().map(NetworkCirculation::clearedShare).orElse(OptionalDouble.empty());
    share(g, "clearedShare", share.orElse(Double.NaN));
    @Nullable String reason;
    if (review.circulation().isEmpty()) {
      reason = "not computed by the review that made this report";
    } else if (share.isPresent()) {
      reason = null;
    } else {
      reason = review.circulation().get().reason().orElse("no weight flowed in the range");
    }
    if (reason == null) {
      g.writeNullField("clearedShareReason");
    } else {
      g.writeStringField("clearedShareReason", reason);
    }
    if (share.isEmpty()) {
      g.writeNullField("clearedByParty");
      return;
    }
    g.writeArrayFieldStart("clearedByParty");
    List<Map.Entry<PartyId, Amount>> parts =
        Figures.clearedByPartyLargestFirst(review.circulation().orElseThrow());
    for (Map.Entry<PartyId, Amount> part : parts) {
      g.writeStartObject();
      g.writeStringField("party", part.getKey().value());
      amount(g, "cleared", part.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One agreement: its terms, its adjustment path and its rules' scores. */
  private static void agreement(JsonGenerator g, AgreementReport report) throws IOException {
    Agreement a = report.agreement();
    g.writeStartObject();
    g.writeStringField("name", a.name());
    g.writeArrayFieldStart("parties");
    for (PartyId p : a.parties()) {
      g.writeString(p.value());
    }
    g.writeEndArray();
    g.writeStringField("reviewCadence", Figures.seasonWord(a.reviewCadence()));
    g.writeStringField("exitRule", a.exitRule());
    g.writeArrayFieldStart("adjustments");
    for (Agreement.Adjustment adj : a.adjustments()) {
      g.writeStartObject();
      g.writeStringField("instant", adj.instant().toString());
      g.writeStringField(
          "type", adj.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      g.writeStringField("by", adj.by().map(PartyId::value).orElse(null));
      g.writeStringField("note", adj.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (ScoreReport<?> rule : report.rules()) {
      g.writeStartObject();
      instant(g, "from", rule.settings().from());
      instant(g, "to", rule.settings().to());
      g.writeFieldName("scores");
      JsonScores.rule(g, rule);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a review's fields, its findings as ids, and ends its object. */
  private static void review(
      JsonGenerator g, ReciprocityReview review, IdentityHashMap<Finding, Integer> ids)
      throws IOException {
    Interval period = review.period();
    g.writeStringField("label", period.label());
    g.writeStringField("start", period.start().toString());
    g.writeStringField("end", period.end().toString());
    g.writeNumberField("flowCount", review.network().flowCount());
    g.writeNumberField("partyCount", review.network().partyCount());
    share(g, "weightedReciprocity", review.network().weightedReciprocity());
    share(g, "overallReciprocity", review.network().overallReciprocity());
    g.writeArrayFieldStart("gaveWithoutReturn");
    parties(g, review.gaveWithoutReturn());
    g.writeArrayFieldStart("receivedWithoutGiving");
    parties(g, review.receivedWithoutGiving());
    g.writeArrayFieldStart("rebalancingExchanges");
    for (SuggestedExchange e : review.rebalancingExchanges()) {
      g.writeStartObject();
      g.writeStringField("giver", e.giver().value());
      g.writeStringField("receiver", e.receiver().value());
      amount(g, "amount", e.gap());
      amount(g, "receivedSoFar", e.received());
      amount(g, "returnedSoFar", e.returned());
      g.writeArrayFieldStart("kinds");
      kinds(g, e.kinds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("celebrate");
    for (DyadScore d : review.reciprocalRelationships()) {
      g.writeStartObject();
      g.writeStringField("a", d.a().value());
      g.writeStringField("b", d.b().value());
      amount(g, "aGaveB", d.aToB());
      amount(g, "bGaveA", d.bToA());
      amount(g, "reciprocated", d.reciprocatedWeight());
      share(g, "reciprocityIndex", d.reciprocityIndex());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : review.findings()) {
      Integer id = ids.get(f);
      if (id == null) { // write(...) numbers the findings of both reviews before writing either
        throw new IllegalStateException("a finding of the review was not numbered: " + f);
      }
      g.writeNumber(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the parties and ends the array. */
  private static void parties(JsonGenerator g, List<PartyScore> parties) throws IOException {
    for (PartyScore p : parties) {
      party(g, p);
    }
    g.writeEndArray();
  }

  /** Writes a party's figures as an object. */
  private static void party(JsonGenerator g, PartyScore p) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", p.party().value());
    amount(g, "given", p.outStrength());
    amount(g, "received", p.inStrength());
    amount(g, "net", p.netBalance());
    share(g, "giveShare", p.giveShare());
    g.writeEndObject();
  }

  /** Writes one element of an array: the one at {@code index}. */
  @FunctionalInterface
  private interface Element {
    void write(JsonGenerator g, int index) throws IOException;
  }

  /** Chunks rendered ahead of the writing at most, which bounds the text held. */
  private static final int WINDOW = 32;

  /**
   * Writes the elements {@code [0, n)} of a top-level array (a value of the document's object) and
   * ends the array. More than one chunk of elements are rendered on every core, {@code chunk}
   * elements to a text each, and written in order as raw values of the array whose indentation
   * starts two levels in: the same text as one generator writes. A task in the common pool renders
   * chunks ahead while this thread writes the ones that are ready, and this thread renders the next
   * chunk not yet taken whenever the one it is to write is not ready; neither goes more than {@link
   * #WINDOW} chunks past the last one written, which bounds the text held.
   */
  private static void array(JsonGenerator g, int n, int chunk, Element element) throws IOException {
    if (n <= chunk || Runtime.getRuntime().availableProcessors() < 2) {
      for (int i = 0; i < n; i++) {
        element.write(g, i);
      }
      g.writeEndArray();
      return;
    }
    Chunks chunks = new Chunks(n, chunk, element);
    ForkJoinTask<?> ahead = ForkJoinPool.commonPool().submit(chunks::renderAhead);
    try {
      for (int c = 0; c < chunks.count; c++) {
        Text text = chunks.await(c);
        g.writeRawValue(text.chars, 0, text.size);
      }
    } finally {
      chunks.stop();
      ahead.quietlyJoin();
    }
    g.writeEndArray();
  }

  /**
   * The chunks of one array, rendered by the writing thread and a task in the common pool, each
   * chunk by whichever takes it first. Thread-safe.
   */
  private static final class Chunks {
    final int count;
    private final int n;
    private final int size;
    private final Element element;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReferenceArray<Text> texts;
    private volatile int written;

    /**
     * The characters a chunk's buffer starts with: a guess, then the last chunk's size and more.
     */
    private volatile int capacity;

    private volatile boolean stopped;
    private volatile @Nullable Throwable failure;

    Chunks(int n, int size, Element element) {
      this.n = n;
      this.size = size;
      this.element = element;
      this.count = (n + size - 1) / size;
      this.texts = new AtomicReferenceArray<>(count);
      this.capacity = 256 * size;
    }

    /** Takes the next chunk not yet taken, if it is within the window; -1 if none is. */
    private int take() {
      int c = next.get();
      while (c < count && c < written + WINDOW) {
        if (next.compareAndSet(c, c + 1)) {
          return c;
        }
        c = next.get();
      }
      return -1;
    }

    private void render(int c) {
      Text text = chunk(c * size, Math.min(n, (c + 1) * size), element, capacity);
      // the next chunks are sized by this one, so that their buffers seldom grow
      capacity = text.size + text.size / 8;
      texts.set(c, text);
    }

    /** The pool's part: renders chunks until every one is taken, or the writing stops. */
    void renderAhead() {
      try {
        while (!stopped && next.get() < count) {
          int c = take();
          if (c >= 0) {
            render(c);
          } else {
            // the window is full: the writer is behind; poll (waking a thread costs more here)
            LockSupport.parkNanos(50_000);
          }
        }
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    /** Chunk {@code c}'s text, once rendered; renders chunks itself while it waits. */
    Text await(int c) {
      Text text;
      while ((text = texts.get(c)) == null) {
        Throwable f = failure;
        if (f != null) {
          if (f instanceof Error error) {
            throw error;
          }
          throw (RuntimeException) f;
        }
        int other = take();
        if (other >= 0) {
          render(other);
        } else {
          Thread.onSpinWait();
        }
      }
      texts.set(c, null);
      written = c + 1;
      return text;
    }

    void stop() {
      stopped = true;
    }
  }

  /**
   * The elements {@code [from, to)} as the array's generator writes them, separated by a comma and
   * a space, indented as values of a top-level array.
   */
  private static Text chunk(int from, int to, Element element, int capacity) {
    Text out = new Text(capacity);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter(Separators.createDefaultInstance().withRootSeparator(", "))
              .withObjectIndenter(new NestedIndenter(1)));
      for (int i = from; i < to; i++) {
        element.write(g, i);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Text does not fail
    }
    return out;
  }

  /**
   * A chunk's text as the characters it was written in, for {@code writeRawValue(char[], int,
   * int)}: unlike a {@code StringWriter}, no lock per write and no copy into a string and out of it
   * again. Not thread-safe.
   */
  private static final class Text extends Writer {
    char[] chars;
    int size;

    Text(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    private void room(int more) {
      if (size + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(size + more, 2 * chars.length));
      }
    }

    @Override
    public void write(char[] c, int off, int len) {
      room(len);
      System.arraycopy(c, off, chars, size, len);
      size += len;
    }

    @Override
    public void write(String str, int off, int len) {
      room(len);
      str.getChars(off, off + len, chars, size);
      size += len;
    }

    @Override
    public void write(int c) {
      room(1);
      chars[size++] = (char) c;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Jackson's default object indentation, {@code levels} levels further in. */
  private static final class NestedIndenter extends DefaultIndenter {
    private static final long serialVersionUID = 1L;
    private final int levels;

    NestedIndenter(int levels) {
      this.levels = levels;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      super.writeIndentation(g, level + levels);
    }
  }

  /** Writes one finding as an object. */
  private static void finding(JsonGenerator g, Finding f, int id, FindingFormatter words)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", id);
    g.writeStringField("type", f.type().name());
    g.writeStringField("subject", f.subject().value());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("summary", words.summary(f));
    g.writeStringField("suggestion", words.suggestion(f));
    g.writeObjectFieldStart("period");
    g.writeStringField("label", f.period().label());
    g.writeStringField("start", f.period().start().toString());
    g.writeStringField("end", f.period().end().toString());
    g.writeEndObject();
    g.writeArrayFieldStart("evidence");
    for (Evidence e : f.evidence()) {
      g.writeStartObject();
      g.writeStringField("measure", e.measure());
      if (e.amount().isPresent()) {
        // an amount as the exact decimal it is, like every other amount of the report
        amount(g, "value", e.amount().get());
      } else {
        share(g, "value", e.value());
      }
      g.writeStringField("period", e.period().map(Interval::label).orElse(null));
      g.writeStringField("counterpart", e.counterpart().map(c -> c.value()).orElse(null));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("subjectKind", f.subjectKind().name());
    g.writeEndObject();
  }

  /** Writes the rule's fields and ends its object. */
  private static void rule(JsonGenerator g, ReciprocityRule rule) throws IOException {
    g.writeNumberField("toleranceLow", rule.toleranceBand().low());
    g.writeNumberField("toleranceHigh", rule.toleranceBand().high());
    g.writeNumberField("consecutiveSeasons", rule.consecutiveSeasons());
    amount(g, "minimumActivity", rule.minimumActivity());
    g.writeEndObject();
  }

  /** Writes the kinds' names and ends the array. */
  private static void kinds(JsonGenerator g, Collection<FlowKind> kinds) throws IOException {
    for (FlowKind k : kinds) {
      g.writeString(k.name());
    }
    g.writeEndArray();
  }

  private static void instant(JsonGenerator g, String key, Optional<Instant> instant)
      throws IOException {
    g.writeStringField(key, instant.map(Instant::toString).orElse(null));
  }

  /**
   * Writes an amount as an exact plain decimal, as Jackson's tree model wrote it before the report
   * was streamed: trailing zeros stripped.
   */
  private static void amount(JsonGenerator g, String key, Amount amount) throws IOException {
    g.writeFieldName(key);
    number(g, amount.micros());
  }

  /** Each thread's buffer for {@link #number}: a review writes millions of amounts. */
  private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[32]);

  /** Writes an amount of micros as {@link #plain} writes it, with no object made. */
  static void number(JsonGenerator g, long micros) throws IOException {
    char[] buf = DIGITS.get();
    g.writeNumber(buf, 0, plain(micros, buf));
  }

  /**
   * An amount of micros as a plain decimal without trailing zeros, as {@code
   * BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()} writes it ({@code 0} for
   * zero), made from the {@code long} directly: a review of millions of flows writes millions of
   * amounts.
   */
  static String plain(long micros) {
    char[] buf = new char[32];
    return new String(buf, 0, plain(micros, buf));
  }

  /**
   * Writes {@link #plain(long)}'s text into {@code buf} (at least 32 characters) and returns its
   * length.
   */
  static int plain(long micros, char[] buf) {
    if (micros == Long.MIN_VALUE) {
      String text = BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
      text.getChars(0, text.length(), buf, 0);
      return text.length();
    }
    long magnitude = Math.abs(micros);
    long whole = magnitude / 1_000_000;
    int fraction = (int) (magnitude % 1_000_000);
    int at = 0;
    if (micros < 0) {
      buf[at++] = '-';
    }
    // the whole part's digits, most significant first
    int wholeDigits = 1;
    for (long w = whole; w >= 10; w /= 10) {
      wholeDigits++;
    }
    for (int k = at + wholeDigits - 1; k >= at; k--) {
      buf[k] = (char) ('0' + (int) (whole % 10));
      whole /= 10;
    }
    at += wholeDigits;
    if (fraction != 0) {
      int digits = 6;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      buf[at++] = '.';
      for (int k = at + digits - 1; k >= at; k--) {
        buf[k] = (char) ('0' + fraction % 10);
        fraction /= 10;
      }
      at += digits;
    }
    return at;
  }

  /** Writes a double, or null for NaN and the infinities, which JSON cannot hold. */
  private static void share(JsonGenerator g, String key, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(key, value);
    } else {
      g.writeNullField(key);
    }
  }
}
