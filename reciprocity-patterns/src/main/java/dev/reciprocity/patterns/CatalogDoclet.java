package dev.reciprocity.patterns;

import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import dev.reciprocity.PatternComponent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;
import org.jspecify.annotations.Nullable;

/**
 * A doclet that writes the pattern catalog: it reads {@link dev.reciprocity.Implements} from the
 * source model javadoc builds, makes the {@link Catalog} and writes its Markdown to the file named
 * by {@code --catalog FILE}. Run it with the JDK's documentation tool ({@link PatternCatalog} does)
 * over the sources of the modules to document, with their classes and dependencies on the class
 * path and {@code -private}, so that it also sees the annotations it must refuse.
 *
 * <p>It reports an error, writes nothing and fails the run when:
 *
 * <ul>
 *   <li>{@code @Implements} is on an element that is not public API: not public itself, inside a
 *       type that is not public, or in a package named {@code internal} (the error is on the
 *       element, with its file and line);
 *   <li>{@code @Implements} names no component, or one twice;
 *   <li>the catalog is incomplete ({@link Catalog#problems()}): a component marked modelled that
 *       nothing implements, or one marked not modelled that something implements.
 * </ul>
 *
 * <p>The module of an element is the directory above the {@code src/main/java} its source file is
 * in ({@code reciprocity-core}); a file outside such a tree is listed under {@code unknown}.
 * Javadoc creates one instance per run and calls it on one thread.
 */
public final class CatalogDoclet implements Doclet {

  /** The annotation read, by its qualified name. */
  static final String IMPLEMENTS = "dev.reciprocity.Implements";

  private @Nullable Reporter reporter;
  private @Nullable Path output;

  /** Creates the doclet; javadoc calls it. */
  public CatalogDoclet() {}

  @Override
  public void init(Locale locale, Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public String getName() {
    return "PatternCatalog";
  }

  @Override
  public Set<? extends Option> getSupportedOptions() {
    return Set.of(
        new Option() {
          @Override
          public int getArgumentCount() {
            return 1;
          }

          @Override
          public String getDescription() {
            return "the file the catalog's Markdown is written to";
          }

          @Override
          public Option.Kind getKind() {
            return Option.Kind.STANDARD;
          }

          @Override
          public List<String> getNames() {
            return List.of("--catalog");
          }

          @Override
          public String getParameters() {
            return "<file>";
          }

          @Override
          public boolean process(String option, List<String> arguments) {
            output = Path.of(arguments.get(0));
            return true;
          }
        });
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latest();
  }

  @Override
  public boolean run(DocletEnvironment environment) {
    Reporter report = requireSet(reporter, "init was not called");
    Path target = requireSet(output, "no --catalog FILE given");
    Set<Element> elements = new LinkedHashSet<>();
    for (TypeElement type : ElementFilter.typesIn(environment.getIncludedElements())) {
      collect(type, elements);
    }
    Map<PatternComponent, List<Implementation>> found = new EnumMap<>(PatternComponent.class);
    boolean ok = true;
    for (Element e : elements) {
      AnnotationMirror mirror = implementsOf(e);
      if (mirror == null) {
        continue;
      }
      String refusal = refusal(e, environment.getElementUtils());
      if (refusal != null) {
        report.print(Diagnostic.Kind.ERROR, e, refusal);
        ok = false;
        continue;
      }
      List<PatternComponent> components = components(mirror);
      if (components.isEmpty() || new TreeSet<>(components).size() != components.size()) {
        report.print(
            Diagnostic.Kind.ERROR, e, "@Implements must name at least one component, each once");
        ok = false;
        continue;
      }
      Implementation implementation =
          new Implementation(
              signature(e, environment.getTypeUtils()),
              kind(e),
              module(environment.getDocTrees(), e));
      for (PatternComponent c : components) {
        found.computeIfAbsent(c, k -> new ArrayList<>()).add(implementation);
      }
    }
    if (!ok) {
      return false;
    }
    Catalog catalog = Catalog.of(found);
    List<String> problems = catalog.problems();
    for (String problem : problems) {
      report.print(Diagnostic.Kind.ERROR, problem);
    }
    if (!problems.isEmpty()) {
      return false;
    }
    try {
      Files.writeString(target, catalog.markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      report.print(Diagnostic.Kind.ERROR, "cannot write " + target + ": " + e);
      return false;
    }
    return true;
  }

  private static <T> T requireSet(@Nullable T value, String message) {
    if (value == null) {
      throw new IllegalStateException(message);
    }
    return value;
  }

  /** The type, its members and its nested types, recursively. */
  private static void collect(TypeElement type, Set<Element> into) {
    if (!into.add(type)) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        collect(nested, into);
      } else {
        into.add(member);
      }
    }
  }

  private static @Nullable AnnotationMirror implementsOf(Element e) {
    for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(IMPLEMENTS)) {
        return mirror;
      }
    }
    return null;
  }

  /** Why the element may not carry the annotation, or null when it may. */
  private static @Nullable String refusal(Element e, Elements elements) {
    PackageElement pkg = elements.getPackageOf(e);
    for (String part : pkg.getQualifiedName().toString().split("\\.", -1)) {
      if (part.equals("internal")) {
        return "@Implements is for public API, and "
            + pkg.getQualifiedName()
            + " is an internal package: annotate the public type or member a user reaches it by";
      }
    }
    for (Element at = e;
        at != null && at.getKind() != ElementKind.PACKAGE && at.getKind() != ElementKind.MODULE;
        at = at.getEnclosingElement()) {
      if (!isPublic(at)) {
        return "@Implements is for public API, and "
            + at.getSimpleName()
            + " is not public: annotate the public type or member a user reaches it by";
      }
    }
    return null;
  }

  private static boolean isPublic(Element e) {
    Set<Modifier> modifiers = e.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC) || e.getKind() == ElementKind.ENUM_CONSTANT) {
      return true;
    }
    Element enclosing = e.getEnclosingElement();
    boolean inInterface =
        enclosing != null
            && (enclosing.getKind() == ElementKind.INTERFACE
                || enclosing.getKind() == ElementKind.ANNOTATION_TYPE);
    return inInterface && !modifiers.contains(Modifier.PRIVATE);
  }

  private static List<PatternComponent> components(AnnotationMirror mirror) {
    List<PatternComponent> components = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals("value")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      List<?> values = value instanceof List<?> list ? list : List.of(entry.getValue());
      for (Object v : values) {
        Object constant = v instanceof AnnotationValue av ? av.getValue() : v;
        if (constant instanceof VariableElement ve) {
          components.add(PatternComponent.valueOf(ve.getSimpleName().toString()));
        }
      }
    }
    return components;
  }

  private static String signature(Element e, Types types) {
    if (e instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    Element enclosing = e.getEnclosingElement();
    String owner =
        enclosing instanceof TypeElement type
            ? type.getQualifiedName().toString()
            : String.valueOf(enclosing);
    if (e instanceof ExecutableElement method) {
      List<String> parameters = new ArrayList<>();
      for (VariableElement p : method.getParameters()) {
        parameters.add(simpleName(types.erasure(p.asType())));
      }
      return owner + "." + method.getSimpleName() + "(" + String.join(", ", parameters) + ")";
    }
    return owner + "." + e.getSimpleName();
  }

  private static String simpleName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return simpleName(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      return declared.asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private static String kind(Element e) {
    return switch (e.getKind()) {
      case CLASS -> "class";
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case RECORD -> "record";
      case ANNOTATION_TYPE -> "annotation type";
      case METHOD -> "method";
      case FIELD -> "field";
      case ENUM_CONSTANT -> "enum constant";
      default -> e.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static String module(DocTrees trees, Element e) {
    TreePath path = trees.getPath(e);
    if (path == null) {
      return "unknown";
    }
    Path file = Path.of(path.getCompilationUnit().getSourceFile().toUri()).toAbsolutePath();
    Path sources = Path.of("src", "main", "java");
    for (Path at = file.getParent(); at != null; at = at.getParent()) {
      if (at.endsWith(sources) && at.getNameCount() > 3) {
        return at.getName(at.getNameCount() - 4).toString();
      }
    }
    return "unknown";
  }
}
