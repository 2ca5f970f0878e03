package dev.reciprocity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The components of the five pattern texts the project started from (docs/design.md, section 1.2):
 * what each names, which text names it, and whether the library builds it. The key components,
 * mechanisms, tuning dimensions and optional components of <em>Symbiotic Alignment</em>; the
 * principles, the review's questions and the failure modes of <em>Social Reciprocity
 * Architecture</em>; the proportional balance, circles and questions of <em>Collaborative
 * Reciprocity</em>; the practices of <em>Community OS / Reciprocity</em>; and the patterns and
 * anti-patterns of <em>Reciprocal Infrastructure Patterns in Mallku</em>. Each component has one
 * text it comes from, the one that names it most directly, though several texts may touch it.
 *
 * <p>Public types and members carry the components they implement in {@link Implements}; the build
 * renders this list with them as the pattern catalog, {@code docs/PATTERNS.md}. A component is
 * {@link Status#MODELLED} (built: at least one public type or member must implement it, or the
 * build fails naming it), {@link Status#PLANNED} (not yet built, or only partly: {@link #gap()}
 * says what is missing) or {@link Status#NOT_MODELLED} (deliberately not built, with the reason;
 * nothing may implement it). Not listed: practices addressed to people rather than to software (the
 * review's timer, the seven-day reset, the questions a builder asks of new infrastructure) and the
 * mechanisms that are institutions a host builds with the library (supply contracts, service
 * agreements, platform incentive schemes, public-private partnerships, ecological pairings).
 *
 * <p>Descriptions are the project's own words, not the texts'. Immutable and thread-safe.
 */
public enum PatternComponent {
  /** A key component; planned. */
  MUTUAL_DEPENDENCY_MAP(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Mutual Dependency Map",
      "What each party needs from, gives to, risks with and could harm in the others, indirect and delayed dependencies included.",
      Status.PLANNED,
      "a map of who depends on whom for which kinds, read from the flows"),
  /** A key component. */
  RECIPROCITY_RULE(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Reciprocity Rule",
      "The explicit standard of a fair return over time, judged within a band rather than as equality in every exchange."),
  /** A granularity of the Reciprocity Rule: transaction by transaction. */
  IMMEDIATE_RECIPROCITY(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Immediate reciprocity",
      "A gift counts as returned when the receiver gives back within a window; what remains is an open obligation."),
  /** A granularity of the Reciprocity Rule: season by season. */
  SEASONAL_RECIPROCITY(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Seasonal reciprocity",
      "Giving and receiving are summed per season of the rule's cadence and their balance judged season by season."),
  /** A granularity of the Reciprocity Rule: returns due after a lag. */
  DEVELOPMENTAL_RECIPROCITY(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Developmental reciprocity",
      "A return falls due only after a lag, to the giver or passed on to anyone, as mentees later mentor others."),
  /** A granularity of the Reciprocity Rule: across a portfolio of partners. */
  PORTFOLIO_RECIPROCITY(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Portfolio reciprocity",
      "A party's balance across all its partners, and the part of the network's flows that closes in cycles."),
  /** A key component; planned, partly built. */
  SHARED_VALUE_METRIC(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Shared Value Metric",
      "A figure of the relationship's joint viability that shows how value is distributed, not only its total.",
      Status.PLANNED,
      "a joint-viability figure with its distribution (the least-served party, the depleted parties); today the network score gives only the Gini coefficient of out-strengths"),
  /** A key component; planned, partly built. */
  REINFORCEMENT_FEEDBACK_CHANNEL(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Reinforcement Feedback Channel",
      "The path by which one party's gain in capacity, information or recognition flows back to strengthen the other.",
      Status.PLANNED,
      "a channel that pushes findings to the host as flows arrive; the running figures stay current but notify no one"),
  /** A key component. */
  BENEFIT_OBLIGATION_BALANCE_CHECK(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Benefit-Obligation Balance Check",
      "Tests whether burdens and rewards stay proportionate enough for each party to keep taking part; its verdicts are findings."),
  /** A key component. */
  ACCOUNTABILITY_AND_ADJUSTMENT_PATH(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Accountability and Adjustment Path",
      "A recognised way to raise an imbalance, agree a repair and change the terms as conditions change.",
      Status.MODELLED,
      "the path's records are shown in the review, not yet checked against the flows"),
  /** A mechanism that implements the pattern. */
  PARTNERSHIP_OPERATING_AGREEMENT(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Partnership Operating Agreement",
      "The relationship's terms written down: its parties, the rule for each kind, its review cadence, its exit rule and its revisions."),
  /** A mechanism that implements the pattern; planned. */
  SHARED_SUCCESS_DASHBOARD(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Shared Success Dashboard",
      "A view of both sides' health, contribution, burden and resilience, not only the stronger side's output.",
      Status.PLANNED,
      "it waits on the Shared Value Metric; the review shows each party's giving and receiving, not its health or resilience"),
  /** A tuning dimension: benefits that differ in kind. */
  BENEFIT_SYMMETRY(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Benefit symmetry (valuation across kinds)",
      "Benefits of different kinds are compared through explicit rates to one unit, never added unread."),
  /** A tuning dimension: how often the terms are reviewed. */
  ADAPTATION_CADENCE(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Adaptation cadence",
      "How often a relationship's terms are reviewed: too rarely lets imbalance pile up, too often burdens it."),
  /** An optional component; not modelled. */
  RISK_SHARING_RULE(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Risk-sharing rule (optional)",
      "Who carries which risk when conditions turn, agreed in advance.",
      Status.NOT_MODELLED,
      "flows record what moved, not who bears which risk"),
  /** An optional component. */
  EXIT_AND_CONTINUITY_RULE(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Exit and continuity rule (optional)",
      "How a party may leave or renegotiate without the relationship collapsing.",
      Status.MODELLED,
      "the rule is kept in words in the agreement and not checked"),
  /** An optional component; not modelled. */
  POWER_ASYMMETRY_REVIEW(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Power asymmetry review (optional)",
      "A check that neither side can redefine the terms alone because it holds more power, capital or options.",
      Status.NOT_MODELLED,
      "the library knows the flows, not the parties' power or their alternatives"),
  /** A failure mode, found by its built-in check. */
  DISGUISED_EXTRACTION(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Disguised extraction",
      "One side speaks of mutuality while it takes most of the value and shifts cost or risk onto the other."),
  /** A failure mode, found by its built-in check. */
  DEPENDENCY_LOCK_IN(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Dependency lock-in",
      "The relationship has become so tight that one side can no longer leave or negotiate."),
  /** A failure mode; planned. */
  FALSE_SHARED_VALUE_METRIC(
      Seed.SYMBIOTIC_ALIGNMENT,
      "False shared-value metric",
      "A metric shows aggregate growth while it hides the depletion of the weaker party.",
      Status.PLANNED,
      "the Shared Value Metric, which shows distribution, and the disguised-extraction check, which names the symptom"),
  /** A failure mode, found by its built-in check. */
  FRAGILITY_CONTAGION(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Fragility contagion",
      "Tight dependence lets one party's failure or overload spread quickly to the others."),
  /** A failure mode; not modelled. */
  GOODWILL_SUBSTITUTION(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Goodwill substitution",
      "Trust and heroic effort stand in for explicit rules, metrics and accountability.",
      Status.NOT_MODELLED,
      "nothing detects it; the library's answer is to make rules, checks and agreements explicit"),
  /** A failure mode; not modelled. */
  OVER_COUPLING(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Over-coupling",
      "The relationship is bound more tightly than its purpose needs.",
      Status.NOT_MODELLED,
      "nothing measures it; dependency lock-in looks only at how one party's inflow is concentrated"),
  /** A failure mode, found by its built-in check. */
  MISSED_CADENCE(
      Seed.SYMBIOTIC_ALIGNMENT,
      "Missed cadence",
      "A review of the terms did not happen within the agreed rhythm; raised as a reminder, not an alarm."),
  /** The first principle: visibility. */
  VISIBLE_FLOWS(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Visible flows",
      "Giving and receiving are recorded as named flows, so an imbalance can be talked about before it turns into resentment."),
  /** The second principle: rhythm. */
  SEASON_CADENCE(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Season and cadence",
      "A fixed rhythm cuts time into seasons, so imbalance is looked at regularly instead of piling up."),
  /** What the rhythm guards against. */
  CHRONIC_IMBALANCE(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Chronic imbalance",
      "One lopsided season is tolerable; an imbalance that lasts several consecutive seasons is what does harm."),
  /** The ritual at the heart of the pattern. */
  RECIPROCITY_REVIEW(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Reciprocity review (the ritual)",
      "A short, regular gathering that names imbalance together and settles on one exchange for the next cycle."),
  /** The review's first question. */
  QUESTION_GAVE_WITHOUT_RETURN(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Who has given significantly without it being returned?",
      "The review's first question: the net givers of the period, largest surplus first."),
  /** The review's second question. */
  QUESTION_RECEIVED_WITHOUT_GIVING(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Who has received significantly without giving back?",
      "The review's second question: the net receivers of the period, largest deficit first."),
  /** The review's third question. */
  QUESTION_EXCHANGES_TO_REBALANCE(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "What exchanges need to happen to rebalance?",
      "The review's third question: the most one-sided relationships, each as the return that would close it."),
  /** The third principle: celebration. */
  CELEBRATION(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Celebration",
      "Reciprocal relationships are acknowledged by name, which keeps both sides willing to go on."),
  /** What the review ends with. */
  ONE_CONCRETE_EXCHANGE(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "One concrete exchange",
      "Each imbalance leads to one small, specific next step that names who, what and how much."),
  /** A failure mode. */
  CHRONIC_GIVER(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Chronic giver",
      "A party keeps giving without receiving, season after season: a burnout risk."),
  /** A failure mode. */
  CHRONIC_RECEIVER(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Chronic receiver",
      "A party keeps receiving without giving, season after season: a risk of obligation and dependence."),
  /** A failure mode, found by its built-in check. */
  HERO(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Hero",
      "One party carries a large share of all giving of a kind, and the group comes to lean on it."),
  /** A failure mode, found by its built-in check. */
  BARTER_DRIFT(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Barter drift",
      "Exchanges turn into explicit tit-for-tat trades and the commons slides into a market."),
  /** A failure mode, found by its built-in check. */
  SILENT_ACCUMULATION(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Silent accumulation",
      "An imbalance grows season after season while nobody raises or adjusts it."),
  /** A failure mode, found by its built-in check. */
  DEPLETION_CHURN(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Depletion churn",
      "People who gave chronically stop showing up or leave."),
  /** A failure mode, found by its built-in check. */
  OVERDUE_RETURN(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Overdue return",
      "A return that was due, such as the inverted mentoring at a cycle's end, has not come."),
  /** A failure mode; not modelled. */
  TOKENISM(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Tokenism",
      "Exchanges are tracked but the relationship never actually turns round: reciprocity in appearance only.",
      Status.NOT_MODELLED,
      "nothing detects it as such; a tracked kind that never flows back shows as chronic imbalance"),
  /** A failure mode; not modelled. */
  RITUAL_AS_THEATER(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Ritual as theater",
      "The review becomes a checkbox whose suggestions nobody acts on.",
      Status.NOT_MODELLED,
      "nothing detects it; that would need each review's suggestions kept and compared with the next cycle's flows"),
  /** A failure mode; not modelled. */
  WEAPONIZED_IMBALANCE(
      Seed.SOCIAL_RECIPROCITY_ARCHITECTURE,
      "Imbalance as a weapon",
      "A named imbalance is called in like a debt instead of prompting a rebalance.",
      Status.NOT_MODELLED,
      "nothing detects it; findings are worded as suggestions, never as debts to collect"),
  /** Balance as proportion, not symmetry. */
  PROPORTIONAL_RECIPROCITY(
      Seed.COLLABORATIVE_RECIPROCITY,
      "Proportional reciprocity (natural balance)",
      "Each party's giving is judged against its declared capacity, not against an even split."),
  /** Flows between roles, individuals and circles. */
  CIRCLES(
      Seed.COLLABORATIVE_RECIPROCITY,
      "Circles",
      "Parties belong to circles, and circles to larger ones, so flows can be seen between circles as well as between people."),
  /** The questions a party asks itself. */
  BALANCE_QUESTIONS(
      Seed.COLLABORATIVE_RECIPROCITY,
      "What do I give, what do I receive, is there balance?",
      "A party's own view of its relationships: what it gave, what it received, and how even the two are."),
  /** The first practice: ask specifically. */
  ASKING(
      Seed.COMMUNITY_OS_RECIPROCITY,
      "Asking specifically",
      "Requests are recorded with whom they asked, for what, and whether they were accepted, declined or redirected."),
  /** A step of the practice: make declining safe. */
  SAFE_DECLINE(
      Seed.COMMUNITY_OS_RECIPROCITY,
      "Declining made safe",
      "A declined ask is information about the ask, never an imbalance held against anyone."),
  /** The second practice: receive without performing debt. */
  RECEIVING_WITHOUT_DEBT(
      Seed.COMMUNITY_OS_RECIPROCITY,
      "Receiving without debt",
      "Support may come back later, from anyone, round the network, rather than as an immediate repayment."),
  /** The third practice: rebalance recurring load; partly built. */
  REBALANCING_RECURRING_LOAD(
      Seed.COMMUNITY_OS_RECIPROCITY,
      "Rebalancing recurring load",
      "When the same person always carries the load, that is named so the roles can be adjusted.",
      Status.PLANNED,
      "a built-in check of who carries a recurring load; today only the examples' host hero check names it"),
  /** A pattern of reciprocal infrastructure. */
  MEMORY_WITHOUT_HOARDING(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Memory without hoarding",
      "Old flows fade with a half-life instead of being kept for ever as claims."),
  /** A pattern of reciprocal infrastructure. */
  ERRORS_AS_TEACHERS(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Errors as teachers",
      "Every error says what was wrong, why, and what to do next."),
  /** A pattern of reciprocal infrastructure. */
  HEARTBEAT_AS_INVITATION(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Heartbeat as invitation",
      "A lapse in rhythm is raised as a gentle reminder, not as an alarm."),
  /** A pattern of reciprocal infrastructure; not modelled. */
  METRICS_THAT_CELEBRATE(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Metrics that celebrate",
      "Figures of what the collective achieves beyond its parts, read with curiosity rather than as a ranking.",
      Status.NOT_MODELLED,
      "the review celebrates reciprocal relationships, but its lists rank parties and it keeps no figure of the collective's emergence"),
  /** A pattern of reciprocal infrastructure; not modelled. */
  VOICES_WITHOUT_HIERARCHY(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Voices without hierarchy",
      "Every contributing voice weighs the same and no voice directs the others.",
      Status.NOT_MODELLED,
      "it is about coordinating AI voices in one system; there is nothing of it in flows between parties"),
  /** A pattern of reciprocal infrastructure; not modelled. */
  SELF_CREATING_DATABASE(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Self-creating database",
      "Storage whose structure grows from use instead of being imposed up front.",
      Status.NOT_MODELLED,
      "it is about one system's storage; the library keeps no store of its own"),
  /** An anti-pattern; not modelled. */
  OPTIMIZATION_TRAP(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Optimization trap",
      "Figures are optimized at the expense of meaning, and efficiency shuts people out.",
      Status.NOT_MODELLED,
      "a caution for builders, not a pattern in flows"),
  /** An anti-pattern; not modelled. */
  HOARDING(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Hoarding",
      "Everything is kept just in case, and knowledge is held back as power.",
      Status.NOT_MODELLED,
      "a caution for builders; decay lets old flows fade from the figures, though the ledger keeps every flow"),
  /** An anti-pattern; not modelled. */
  IMPOSED_HIERARCHY(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Imposed hierarchy",
      "Some voices count for more and every decision has to pass through the centre.",
      Status.NOT_MODELLED,
      "a caution for builders; hero and dependency lock-in are its nearest patterns in flows"),
  /** An anti-pattern; not modelled. */
  COMPLEXITY_WALL(
      Seed.RECIPROCAL_INFRASTRUCTURE_MALLKU,
      "Complexity wall",
      "Understanding takes expertise, and mastery turns into gatekeeping.",
      Status.NOT_MODELLED,
      "a caution for builders, which the library answers with errors as teachers");

  /** A pattern text the project started from, by its title. */
  public enum Seed {
    /**
     * <em>Symbiotic Alignment</em>: interdependent parties whose viability depends on each other.
     */
    SYMBIOTIC_ALIGNMENT("Symbiotic Alignment"),
    /** <em>Social Reciprocity Architecture</em>: giving and receiving made visible and rhythmic. */
    SOCIAL_RECIPROCITY_ARCHITECTURE("Social Reciprocity Architecture"),
    /** <em>Collaborative Reciprocity</em>: balanced flow between roles, people and circles. */
    COLLABORATIVE_RECIPROCITY("Collaborative Reciprocity"),
    /** <em>Community OS / Reciprocity</em>: asking, offering, receiving and rebalancing. */
    COMMUNITY_OS_RECIPROCITY("Community OS / Reciprocity"),
    /** <em>Reciprocal Infrastructure Patterns in Mallku</em>: infrastructure that gives back. */
    RECIPROCAL_INFRASTRUCTURE_MALLKU("Reciprocal Infrastructure Patterns in Mallku");

    private final String title;

    Seed(String title) {
      this.title = title;
    }

    /**
     * The text's title, as docs/design.md, section 1.2 names it.
     *
     * @return the title, such as {@code "Symbiotic Alignment"}
     */
    public String title() {
      return title;
    }
  }

  /** Whether the library builds a component. */
  public enum Status {
    /**
     * Built: at least one public type or member carries {@link Implements} with the component (the
     * build fails otherwise). {@link PatternComponent#gap()} may name a limit of what is built.
     */
    MODELLED,
    /**
     * Not yet built, or only partly: {@link PatternComponent#gap()} says what is missing. The types
     * and members that already implement a part of it carry {@link Implements}.
     */
    PLANNED,
    /**
     * Deliberately not built: {@link PatternComponent#gap()} says why. Nothing may carry {@link
     * Implements} with it (the build fails otherwise: mark it modelled or planned instead).
     */
    NOT_MODELLED
  }

  private final Seed seed;
  private final String displayName;
  private final String description;
  private final Status status;
  private final @Nullable String gap;

  PatternComponent(Seed seed, String displayName, String description) {
    this(seed, displayName, description, Status.MODELLED, null);
  }

  PatternComponent(
      Seed seed, String displayName, String description, Status status, @Nullable String gap) {
    this.seed = Objects.requireNonNull(seed);
    this.displayName = Objects.requireNonNull(displayName);
    this.description = Objects.requireNonNull(description);
    this.status = Objects.requireNonNull(status);
    this.gap = gap;
  }

  /**
   * The pattern text that names the component.
   *
   * @return the seed
   */
  public Seed seed() {
    return seed;
  }

  /**
   * The component's name as the pattern text writes it, or the question as it asks it.
   *
   * @return the name, such as {@code "Reciprocity Rule"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * What the component is, in one sentence of the project's own words.
   *
   * @return the description, one line ending with a full stop
   */
  public String description() {
    return description;
  }

  /**
   * Whether the library builds the component.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * What is not built: for {@link Status#PLANNED} what is missing, for {@link Status#NOT_MODELLED}
   * why it is left out, for {@link Status#MODELLED} a limit of what is built, if any.
   *
   * @return the gap, a clause in lower case without a full stop; always present unless the status
   *     is {@link Status#MODELLED}
   */
  public Optional<String> gap() {
    return Optional.ofNullable(gap);
  }
}
