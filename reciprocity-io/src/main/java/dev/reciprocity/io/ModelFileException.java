package dev.reciprocity.io;

import dev.reciprocity.Implements;
import dev.reciprocity.PatternComponent;
import dev.reciprocity.ReciprocityException;
import org.jspecify.annotations.Nullable;

/**
 * A model file (capacities, in JSON or YAML) that cannot be used: the message names the file, the
 * place inside it as a JSON path (such as {@code $.capacities[2].capacity}), what is wrong and how
 * to fix it. Nothing of the file is applied.
 */
@Implements(PatternComponent.ERRORS_AS_TEACHERS)
public final class ModelFileException extends ReciprocityException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;

  /**
   * A refusal.
   *
   * @param file the file's name
   * @param path where in it, as a JSON path ({@code $} for the whole document)
   * @param problem what is wrong
   * @param fix what to do
   * @param cause the parser's exception, or null
   */
  public ModelFileException(
      String file, String path, String problem, String fix, @Nullable Throwable cause) {
    super(file + ", " + path + ": " + problem + ". Fix: " + fix, cause);
    this.file = file;
    this.path = path;
  }

  /**
   * The file's name.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * Where in the file, as a JSON path.
   *
   * @return such as {@code $.capacities[2].capacity}
   */
  public String path() {
    return path;
  }
}
