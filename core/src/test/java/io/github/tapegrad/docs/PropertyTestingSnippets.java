package io.github.tapegrad.docs;

import io.github.tapegrad.Op;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.Domain;
import io.github.tapegrad.check.Gen;
import io.github.tapegrad.check.GradCheck;
import io.github.tapegrad.check.Gens;
import io.github.tapegrad.check.Property;
import java.util.Arrays;
import java.util.SplittableRandom;

/** The snippets of docs/property-testing.md; {@link PropertyTestingDocTest} runs them and compares the output. */
final class PropertyTestingSnippets {
    private PropertyTestingSnippets() {}

    /** out = x²;  dx = g · x: a planted bug (the factor 2 is missing). */
    record BuggySquare() implements Op.Unary {
        public Tensor forward(Tensor x) {
            return x.mul(x);
        }

        public Tensor vjp(Tensor g, Tensor x, Tensor out) {
            return g.mul(x);
        }
    }

    static void checkOnce() {
        // snippet:checkOnce
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor b = Tensor.of(0.5, -1.0);
        GradCheck.Result r = GradCheck.check(in -> in[0].mul(in[1]).div(in[0].add(3)), a, b);
        System.out.println(r.report());
        // end
    }

    static void forAll() {
        // snippet:forAll
        Property.forAll(Gens.broadcastable(Domain.REAL, Domain.POSITIVE))
                .cases(100)
                .checkGradients(in -> in[0].div(in[1]));
        // end
    }

    static void options() {
        // snippet:options
        GradCheck.Options o = GradCheck.Options.defaults();
        System.out.println(o);
        System.out.println(o.withEps(1e-5).withAtol(1e-7).withRtol(1e-4).withSeed(42));
        // end
    }

    static void failure() {
        // snippet:failure
        try {
            Property.forAll(Gens.tensors(Domain.REAL))
                    .checkGradients(in -> Tensor.apply(new BuggySquare(), in[0]));
        } catch (AssertionError e) {
            System.out.println(e.getMessage());
        }
        // end
    }

    static void replay() {
        // snippet:replay
        try {
            Property.forAll(Gens.tensors(Domain.REAL))
                    .seed(20240229L).only(0).maxShrinks(0)
                    .checkGradients(in -> Tensor.apply(new BuggySquare(), in[0]));
        } catch (AssertionError e) {
            System.out.println(e.getMessage().lines().findFirst().orElseThrow());
        }
        // end
    }

    static void generators() {
        // snippet:generators
        SplittableRandom rng = new SplittableRandom(1);
        System.out.println(Gens.shapes().generate(rng));
        System.out.println(Gens.tensor(Domain.POSITIVE, 2, 2).generate(rng));
        System.out.println(Gens.tensor(Domain.PROBABILITY, 3).generate(rng));
        System.out.println(Gens.tensor(Domain.DISTINCT, 4).generate(rng));
        Shape[] shapes = Gens.broadcastableShapes(3).generate(rng);
        System.out.println(Arrays.toString(shapes));
        Tensor[] xy = Gens.classification(Domain.REAL).generate(rng);
        System.out.println(xy[0].shape() + " logits, targets " + xy[1]);
        // end
    }

    static void domains() {
        // snippet:domains
        for (Domain d : Domain.values()) {
            System.out.println(d + ": [" + d.lo() + ", " + d.hi() + "]");
        }
        // end
    }

    static void composing() {
        // snippet:composing
        Gen<Integer> classes = Gens.integers(2, 5);
        Gen<Tensor[]> logitsAndTargets = classes.flatMap(c -> Gens.inputs(
                Gens.tensor(Domain.REAL, 4, c),
                Gens.indices(Shape.of(4), c)));
        Tensor[] sample = logitsAndTargets.generate(new SplittableRandom(3));
        System.out.println(sample[0].shape() + " " + sample[1]);
        Property.forAll(logitsAndTargets).cases(50).checkGradients(
                lt -> new Tensor[] {lt[0]},
                (lt, in) -> in[0].logSoftmax(1).gather(1, lt[1].unsqueeze(1)).mean().neg());
        System.out.println("50 cases passed");
        // end
    }

    static void kink() {
        // snippet:kink
        Tensor x = Tensor.of(-1.0, 0.0, 2.0);
        GradCheck.Result r = GradCheck.check(in -> in[0].relu(), x);
        System.out.println(r.report());
        System.out.println(r.passed() + ", kinks at " + Arrays.toString(r.kinks().get(0).index()));
        // end
    }

    static void gradGrad() {
        // snippet:gradGrad
        record DetachedSquare() implements Op.Unary {
            public Tensor forward(Tensor x) {
                return x.mul(x);
            }

            public Tensor vjp(Tensor g, Tensor x, Tensor out) {
                return g.mul(x.detach().mul(2));
            }
        }
        Tensor x = Tensor.of(1.0, -2.0);
        System.out.println(GradCheck.check(in -> Tensor.apply(new DetachedSquare(), in[0]), x).passed());
        GradCheck.Result second = GradCheck.gradGradCheck(in -> Tensor.apply(new DetachedSquare(), in[0]), x);
        System.out.println(second.passed());
        System.out.println(second.report().lines().filter(l -> l.contains("MISMATCH")).findFirst().orElseThrow());
        // end
    }

    static void fast() {
        // snippet:fast
        Tensor x = Tensor.randn(new int[] {200, 200}, 1);
        GradCheck.Options fast = GradCheck.Options.defaults().withFast(true).withProjections(5);
        GradCheck.Result r = GradCheck.check(in -> in[0].tanh().mul(in[0]), fast, x);
        System.out.println(r.passed() + "; " + r.report().lines().skip(2).findFirst().orElseThrow().replaceAll(";.*", "").strip());
        // end
    }
}
