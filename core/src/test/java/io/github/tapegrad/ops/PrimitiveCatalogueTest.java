package io.github.tapegrad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tapegrad.Op;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every primitive of {@code io.github.tapegrad.Primitives} has a gradient property ({@link Covers} on a test). */
class PrimitiveCatalogueTest {

    /** The gradient property classes; a new one must be listed here for its {@link Covers} to count. */
    static final List<Class<?>> PROPERTIES = List.of(UnaryGradientsTest.class, BinaryGradientsTest.class,
            ReductionGradientsTest.class, MovementGradientsTest.class, IndexingGradientsTest.class,
            MatmulGradientsTest.class, GradGradTest.class);

    static Set<String> primitives() throws ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : Class.forName("io.github.tapegrad.Primitives").getDeclaredClasses()) {
            if (c.isRecord() && Op.class.isAssignableFrom(c)) names.add(c.getSimpleName());
        }
        return names;
    }

    static Set<String> covered() {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : PROPERTIES) {
            for (Method m : c.getDeclaredMethods()) {
                Covers cov = m.getAnnotation(Covers.class);
                if (cov != null) names.addAll(List.of(cov.value()));
            }
        }
        return names;
    }

    @Test
    void everyPrimitiveHasAGradientProperty() throws ClassNotFoundException {
        Set<String> missing = new TreeSet<>(primitives());
        missing.removeAll(covered());
        assertEquals(Set.of(), missing, "primitives without a gradient property: add one and mark it @Covers");
    }

    @Test
    void everyCoveredNameIsAPrimitive() throws ClassNotFoundException {
        Set<String> unknown = new TreeSet<>(covered());
        unknown.removeAll(primitives());
        assertEquals(Set.of(), unknown, "@Covers names that are not primitives (renamed or misspelt)");
        assertTrue(primitives().size() >= 30, "the catalogue found the primitives: " + primitives());
    }
}
