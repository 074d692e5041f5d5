package io.github.tapegrad.docs;

import io.github.tapegrad.Autograd;
import io.github.tapegrad.Op;
import io.github.tapegrad.Shape;
import io.github.tapegrad.Tape;
import io.github.tapegrad.Tensor;
import io.github.tapegrad.check.GradCheck;
import java.util.Arrays;

/** The snippets of docs/walkthrough.md, in reading order; {@link WalkthroughDocTest} runs them and compares the output. */
final class WalkthroughSnippets {
    private WalkthroughSnippets() {}

    static void shapes() {
        // snippet:shapes
        Shape s = Shape.of(2, 3);
        System.out.println(s + ": rank " + s.rank() + ", size " + s.size() + ", strides " + Arrays.toString(s.strides()));
        System.out.println(Shape.of() + " has " + Shape.of().size() + " element; it is not " + Shape.of(1));
        System.out.println(Shape.broadcast(Shape.of(2, 1, 3), Shape.of(4, 1), "add"));
        try {
            Shape.broadcast(Shape.of(2, 3), Shape.of(4, 3), "mul");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        // end
    }

    static void tensors() {
        // snippet:tensors
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor w = Tensor.of(0.1, -0.2, 0.3).requiresGrad(true);
        System.out.println(x);
        System.out.println(w);
        Tensor y = x.mul(w);
        System.out.println(y);
        System.out.println("x: leaf " + x.isLeaf() + ", requiresGrad " + x.requiresGrad());
        System.out.println("y: leaf " + y.isLeaf() + ", op " + y.op().name() + ", inputs " + y.inputs().size());
        // end
    }

    static void composed() {
        // snippet:composed
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {1, 1, 1}}).requiresGrad(true).label("x");
        Tensor p = x.softmax(1);
        System.out.println(p);
        System.out.print(Tape.of(p));
        // end
    }

    private static Tensor[] logisticModel() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).label("x");
        Tensor w = Tensor.of(0.1, -0.2, 0.3).requiresGrad(true).label("w");
        Tensor b = Tensor.scalar(0.5).requiresGrad(true).label("b");
        return new Tensor[] {x, w, b, x.mul(w).sum(1).add(b).sigmoid().mean()};
    }

    static void tape() {
        // snippet:tape
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).label("x");
        Tensor w = Tensor.of(0.1, -0.2, 0.3).requiresGrad(true).label("w");
        Tensor b = Tensor.scalar(0.5).requiresGrad(true).label("b");
        Tensor loss = x.mul(w).sum(1).add(b).sigmoid().mean();
        System.out.print(Tape.of(loss));
        // end
    }

    static void mermaid() {
        Tensor loss = logisticModel()[3];
        // snippet:mermaid
        System.out.print(Tape.of(loss).toMermaid());
        // end
    }

    static void backward() {
        Tensor[] m = logisticModel();
        Tensor x = m[0], w = m[1], b = m[2], loss = m[3];
        // snippet:backward
        loss.backward();
        System.out.println("w.grad() = " + w.grad());
        System.out.println("b.grad() = " + b.grad());

        double[] gw = new double[3];
        double gb = 0;
        for (int i = 0; i < 2; i++) {
            double z = 0.5;
            for (int j = 0; j < 3; j++) z += x.get(i, j) * w.get(j);
            double s = 1 / (1 + Math.exp(-z)), ds = s * (1 - s) / 2;
            gb += ds;
            for (int j = 0; j < 3; j++) gw[j] += ds * x.get(i, j);
        }
        System.out.printf("by hand:  %.4f %.4f %.4f | %.4f%n", gw[0], gw[1], gw[2], gb);
        // end
    }

    static void freedGraph() {
        Tensor loss = logisticModel()[3];
        // snippet:freedGraph
        loss.backward();
        try {
            loss.backward();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        // end
    }

    static void secondOrder() {
        // snippet:secondOrder
        Tensor x = Tensor.scalar(2).requiresGrad(true);
        Autograd.Options keep = Autograd.Options.defaults().withCreateGraph(true);
        Tensor dy = Autograd.grad(new Tensor[] {x.pow(3)}, new Tensor[] {x}, keep)[0];
        Tensor d2y = Autograd.grad(dy, x);
        System.out.println("d/dx x³ = " + dy.item() + ", d²/dx² x³ = " + d2y.item());
        // end
    }

    static void noGrad() {
        // snippet:noGrad
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        try (var g = Autograd.noGrad()) {
            Tensor y = w.mul(3);
            System.out.println("under noGrad: requiresGrad " + y.requiresGrad() + ", leaf " + y.isLeaf());
        }
        System.out.println("after: requiresGrad " + w.mul(3).requiresGrad());
        // end
    }

    static void versions() {
        // snippet:versions
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor loss = w.mul(w).sum();
        try (var g = Autograd.noGrad()) {
            w.addInPlace(Tensor.of(0.5, 0.5));
        }
        try {
            loss.backward();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        // end
    }

    static void gradCheck() {
        // snippet:gradCheck
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor w = Tensor.of(0.1, -0.2, 0.3).requiresGrad(true);
        Tensor b = Tensor.scalar(0.5).requiresGrad(true);
        GradCheck.Result r = GradCheck.check(in -> in[0].mul(in[1]).sum(1).add(in[2]).sigmoid().mean(), x, w, b);
        System.out.println("passed " + r.passed() + ", kinks " + r.kinks().size());
        // end
    }

    static void customOp() {
        // snippet:customOp
        /** out = √(a² + b²);  da = g · a / out,  db = g · b / out */
        record Hypot() implements Op.Binary {
            public Tensor forward(Tensor a, Tensor b) {
                return a.square().add(b.square()).sqrt();
            }
            public Tensor vjpA(Tensor g, Tensor a, Tensor b, Tensor out) {
                return g.mul(a).div(out);
            }
            public Tensor vjpB(Tensor g, Tensor a, Tensor b, Tensor out) {
                return g.mul(b).div(out);
            }
            public boolean savesOutput() {
                return true;
            }
        }

        Tensor a = Tensor.of(3.0, 5.0, 8.0).requiresGrad(true).label("a");
        Tensor b = Tensor.of(4.0, 12.0, 15.0).requiresGrad(true).label("b");
        Tensor c = Tensor.apply(new Hypot(), a, b);
        System.out.println(c);
        Tensor loss = c.mul(c).sum();
        System.out.print(Tape.of(loss));
        loss.backward();
        System.out.println("a.grad() = " + a.grad() + "   (2a)");

        System.out.println(GradCheck.assertGradients(in -> Tensor.apply(new Hypot(), in[0], in[1]), a, b));
        System.out.println(GradCheck.assertGradGrad(in -> Tensor.apply(new Hypot(), in[0], in[1]), a, b).passed());
        // end
    }
}
