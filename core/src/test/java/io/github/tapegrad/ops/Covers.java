package io.github.tapegrad.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primitives (simple names of the records in {@code io.github.tapegrad.Primitives}) whose VJPs a gradient
 * property exercises; {@link PrimitiveCatalogueTest} requires every primitive to be named by some property.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {
    /** Primitive record names, e.g. {@code "Mul"}. */
    String[] value();
}
