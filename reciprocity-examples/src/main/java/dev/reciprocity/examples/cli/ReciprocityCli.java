package dev.reciprocity.examples.cli;

import dev.reciprocity.ReciprocityException;
import dev.reciprocity.core.BalanceCheckLookup;
import dev.reciprocity.spi.BalanceCheckProvider;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code reciprocity} command line: {@code reciprocity review} runs the reciprocity review of a
 * CSV file of flows, or of the git/git trailer data shipped with the tool, and {@code reciprocity
 * score --strategy NAME[:key=value,...]} scores them with one scoring strategy.
 *
 * <h2>Exit codes</h2>
 *
 * <ul>
 *   <li>{@value #EXIT_OK}: the report was written to standard output.
 *   <li>{@value #EXIT_BUG}: an unexpected error, which is a bug; one line on standard error.
 *   <li>{@value #EXIT_INPUT}: bad input (a malformed row, a missing file, an unknown strategy or
 *       parameter, an unknown option or a bad option value); one message on standard error that
 *       says what to change, and nothing on standard output. A message quotes at most {@value
 *       #MAX_MESSAGE} characters of what picocli reports, so that a hostile argument cannot flood
 *       the terminal or a log.
 *   <li>{@value #EXIT_MEMORY}: Java ran out of memory; one line on standard error that says how
 *       many flows were read and how to give Java more heap, and nothing on standard output.
 * </ul>
 *
 * <p>Run it in-process with {@link #newCommandLine()}: set its out and err writers, then call
 * {@code execute}. Only {@link #main(String...)} exits the JVM.
 */
@Command(
    name = "reciprocity",
    mixinStandardHelpOptions = true,
    versionProvider = ReciprocityCli.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Makes the flows between parties visible and checks them against reciprocity rules.",
    footer = {
      "",
      "Run 'reciprocity review --help' or 'reciprocity score --help' for their" + " options."
    })
public final class ReciprocityCli implements Callable<Integer> {

  /** Exit code of a successful run: {@value}. */
  public static final int EXIT_OK = 0;

  /** Exit code of an unexpected error, a bug: {@value}. */
  public static final int EXIT_BUG = 1;

  /** Exit code of bad input, a bad option included: {@value}. */
  public static final int EXIT_INPUT = 2;

  /** Exit code of a run that ran out of memory: {@value}. */
  public static final int EXIT_MEMORY = 3;

  /** The most characters of a usage error's message printed: {@value}. */
  static final int MAX_MESSAGE = 400;

  @Spec private CommandSpec spec;

  /** Use {@link #newCommandLine()}; picocli instantiates the command itself. */
  ReciprocityCli() {}

  /**
   * Without a command there is nothing to do: a usage error.
   *
   * @return never returns normally
   * @throws ParameterException always, naming the available commands
   */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: use 'reciprocity review', 'reciprocity score' (or 'reciprocity help')");
  }

  /**
   * Returns the command line with its subcommands ({@code review}, {@code score}, {@code help}),
   * converters and error handlers, writing to {@code System.out} and {@code System.err} until told
   * otherwise with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @return a new command line; not thread-safe
   */
  public static CommandLine newCommandLine() {
    CommandLine cmd =
        new CommandLine(new ReciprocityCli())
            .addSubcommand(new ReviewCommand())
            .addSubcommand(new ScoreCommand())
            .addSubcommand(new HelpCommand());
    Converters.registerAll(cmd);
    listChecks(java.util.Objects.requireNonNull(cmd.getSubcommands().get("review"), "review"));
    cmd.setParameterExceptionHandler(ReciprocityCli::handleParameterException);
    cmd.setExecutionExceptionHandler(ReciprocityCli::handleExecutionException);
    return cmd;
  }

  /**
   * Ends the review's help with the balance checks found (the built-ins and any a host put on the
   * class path), each with its finding types and each parameter's default and the reason for it.
   */
  private static void listChecks(CommandLine review) {
    List<String> footer = new ArrayList<>(List.of(review.getCommandSpec().usageMessage().footer()));
    footer.add("");
    footer.add("Balance checks, each with its defaults (all run; --skip-check NAME drops one,");
    footer.add("--check NAME:key=value tunes one or adds a host's; the reasons: docs/design.md):");
    for (BalanceCheckProvider p : BalanceCheckLookup.create().providers()) {
      String types =
          p.findingTypes().stream().map(t -> t.name()).sorted().collect(Collectors.joining(", "));
      String defaults =
          p.parameterDefaults().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue().split(":", 2)[0])
              .collect(Collectors.joining(", "));
      footer.add(
          "  "
              + p.name()
              + (p.enabledByDefault() ? "" : " (off unless named)")
              + " ("
              + types
              + ")"
              + (defaults.isEmpty() ? "" : ": " + defaults));
    }
    review.getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
  }

  /**
   * Runs the command line and exits the JVM with its exit code. Standard output and standard error
   * are written in UTF-8, as JSON and Markdown are.
   *
   * @param args the arguments, such as {@code review --format json}
   */
  public static void main(String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cmd = newCommandLine();
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Reports a usage error (unknown option, bad option value) in short: the message, picocli's
   * suggestions for a mistyped option, and where to find the help; exit code 2.
   */
  private static int handleParameterException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(bounded(String.valueOf(ex.getMessage())));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return EXIT_INPUT;
  }

  /**
   * Turns an exception of a command into one line on standard error: the message of a {@link
   * ReciprocityException} (bad input, exit 2), or a request to report a bug (exit 1). No stack
   * trace is printed.
   */
  private static int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (ex instanceof ReciprocityException) {
      err.println(name + ": " + ex.getMessage());
      err.flush();
      return EXIT_INPUT;
    }
    err.println(
        name
            + ": unexpected error ("
            + ex.getClass().getName()
            + ": "
            + ex.getMessage()
            + "). This is a bug in reciprocity; please report it with the command line you ran.");
    err.flush();
    return EXIT_BUG;
  }

  /**
   * Cuts a message of picocli's, which may quote a whole argument, to {@value #MAX_MESSAGE}
   * characters and says how long it was.
   */
  static String bounded(String message) {
    if (message.length() <= MAX_MESSAGE) {
      return message;
    }
    int end = MAX_MESSAGE;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "... (" + message.length() + " characters)";
  }

  /** The version from the jar's manifest, or a note that this is a development build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ReciprocityCli.class.getPackage().getImplementationVersion();
      return new String[] {"reciprocity " + (v == null ? "(development build)" : v)};
    }
  }
}
