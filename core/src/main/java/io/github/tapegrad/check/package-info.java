/**
 * The property-testing kit: numerical gradient checks and seeded generators with shrinking.
 *
 * <p>{@link io.github.tapegrad.check.GradCheck} compares the reverse-mode gradient of a function with central
 * differences (first and second order, full or projected), and tells non-differentiable points (kinks) from
 * wrong gradients. {@link io.github.tapegrad.check.Gen} and {@link io.github.tapegrad.check.Gens} generate
 * shapes, tensors in a {@link io.github.tapegrad.check.Domain}, broadcastable tuples and class targets;
 * {@link io.github.tapegrad.check.Property} runs a property over many seeded cases and shrinks a failure to a
 * small case that it prints with the seed to replay it. Plain Java: usable from any test framework.
 *
 * <pre>{@code
 * Property.forAll(Gens.broadcastable(Domain.REAL, Domain.POSITIVE))
 *         .cases(200)
 *         .checkGradients(in -> in[0].div(in[1]));
 * }</pre>
 */
package io.github.tapegrad.check;
