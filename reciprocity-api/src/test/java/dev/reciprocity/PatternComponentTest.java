package dev.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reciprocity.PatternComponent.Seed;
import dev.reciprocity.PatternComponent.Status;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list of pattern components is well formed: what the catalog's rendering relies on. */
class PatternComponentTest {

  @Test
  void namesAreUniqueAndDescriptionsOneSentenceOfOneLine() {
    Set<String> names = new HashSet<>();
    for (PatternComponent c : PatternComponent.values()) {
      assertTrue(names.add(c.displayName()), () -> "two components named " + c.displayName());
      assertFalse(c.displayName().isBlank(), c::name);
      assertTrue(c.description().endsWith("."), c::name);
      assertFalse(c.description().contains("\n") || c.description().contains("|"), c::name);
      assertTrue(Character.isUpperCase(c.description().charAt(0)), c::name);
    }
  }

  @Test
  void whatIsNotBuiltSaysWhatIsMissingOrWhy() {
    for (PatternComponent c : PatternComponent.values()) {
      if (c.status() != Status.MODELLED) {
        assertTrue(c.gap().isPresent(), () -> c.name() + " is " + c.status() + " without a gap");
      }
      c.gap()
          .ifPresent(
              gap -> {
                assertFalse(gap.isBlank() || gap.endsWith(".") || gap.contains("\n"), c::name);
                assertFalse(gap.contains("|"), c::name);
                assertTrue(Character.isLowerCase(gap.charAt(0)), c::name);
              });
    }
  }

  @Test
  void everySeedHasComponentsAndTheKeyComponentsAreListed() {
    for (Seed seed : Seed.values()) {
      assertTrue(
          java.util.Arrays.stream(PatternComponent.values()).anyMatch(c -> c.seed() == seed),
          seed::title);
    }
    assertEquals("Reciprocity Rule", PatternComponent.RECIPROCITY_RULE.displayName());
    assertEquals(Seed.SYMBIOTIC_ALIGNMENT, PatternComponent.MUTUAL_DEPENDENCY_MAP.seed());
    assertEquals(Status.PLANNED, PatternComponent.MUTUAL_DEPENDENCY_MAP.status());
    assertEquals("Symbiotic Alignment", Seed.SYMBIOTIC_ALIGNMENT.title());
  }
}
