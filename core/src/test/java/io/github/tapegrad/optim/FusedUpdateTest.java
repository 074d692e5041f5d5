package io.github.tapegrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tapegrad.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer configuration, run a few steps both as the optimizer's fused loop and as the composed in-place
 * formula ({@link ComposedUpdates}): parameters and every state entry must be equal bit for bit (signed zeros
 * included), through gradients with ±0, tiny, huge and, in the last step, NaN elements, and a learning-rate change.
 */
class FusedUpdateTest {
    private static final int STEPS = 6;

    /** The composed update of one parameter: w and its state changed in place from gradient g at learning rate lr. */
    interface Composed {
        void update(Tensor w, Tensor g, double lr, Map<String, Tensor> state);
    }

    record Config(String name, Function<List<Tensor>, Optimizer> build, Composed composed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Config> configs() {
        return Stream.of(
                sgd("sgd_plain", SGD.options().lr(0.05)),
                sgd("sgd_maximize", SGD.options().lr(0.05).maximize(true)),
                sgd("sgd_weight_decay", SGD.options().lr(0.05).weightDecay(0.1)),
                sgd("sgd_momentum", SGD.options().lr(0.05).momentum(0.9)),
                sgd("sgd_dampening", SGD.options().lr(0.05).momentum(0.9).dampening(0.3)),
                sgd("sgd_nesterov", SGD.options().lr(0.05).momentum(0.9).nesterov(true)),
                sgd("sgd_all", SGD.options().lr(0.05).momentum(0.5).nesterov(true).weightDecay(0.1).maximize(true)),
                sgd("sgd_momentum_decay_maximize", SGD.options().lr(0.05).momentum(0.7).dampening(0.1).weightDecay(0.2)
                        .maximize(true)),
                adam("adam_plain", Adam.options().lr(0.05)),
                adam("adam_amsgrad", Adam.options().lr(0.05).amsgrad(true)),
                adam("adam_weight_decay", Adam.options().lr(0.05).betas(0.8, 0.99).eps(1e-6).weightDecay(0.1)),
                adam("adam_maximize", Adam.options().lr(0.05).maximize(true)),
                adam("adam_all", Adam.options().lr(0.02).weightDecay(0.05).amsgrad(true).maximize(true)),
                adamW("adamw_default", AdamW.options().lr(0.05)),
                adamW("adamw_no_decay", AdamW.options().lr(0.05).weightDecay(0)),
                adamW("adamw_amsgrad", AdamW.options().lr(0.05).weightDecay(0.1).amsgrad(true)),
                adamW("adamw_maximize", AdamW.options().lr(0.05).weightDecay(0.1).maximize(true)),
                rmsprop("rmsprop_plain", RMSprop.options().lr(0.01)),
                rmsprop("rmsprop_centered", RMSprop.options().lr(0.01).centered(true)),
                rmsprop("rmsprop_momentum", RMSprop.options().lr(0.01).momentum(0.9)),
                rmsprop("rmsprop_weight_decay", RMSprop.options().lr(0.01).alpha(0.95).weightDecay(0.1)),
                rmsprop("rmsprop_all", RMSprop.options().lr(0.01).alpha(0.9).eps(1e-6).weightDecay(0.05).momentum(0.5)
                        .centered(true).maximize(true)),
                adagrad("adagrad_plain", Adagrad.options().lr(0.1)),
                adagrad("adagrad_lr_decay", Adagrad.options().lr(0.1).lrDecay(0.01)),
                adagrad("adagrad_weight_decay_maximize", Adagrad.options().lr(0.1).weightDecay(0.1).maximize(true)),
                adagrad("adagrad_initial_accumulator", Adagrad.options().lr(0.1).initialAccumulatorValue(0.5).eps(1e-8)));
    }

    private static Config sgd(String name, SGD.Options o) {
        return new Config(name, p -> new SGD(p, o), (w, g, lr, s) -> ComposedUpdates.sgd(w, g, lr, o, s));
    }

    private static Config adam(String name, Adam.Options o) {
        return new Config(name, p -> new Adam(p, o), (w, g, lr, s) -> ComposedUpdates.adam(w, g, lr, o, s));
    }

    private static Config adamW(String name, Adam.Options o) {
        return new Config(name, p -> new AdamW(p, o), (w, g, lr, s) -> ComposedUpdates.adamW(w, g, lr, o, s));
    }

    private static Config rmsprop(String name, RMSprop.Options o) {
        return new Config(name, p -> new RMSprop(p, o), (w, g, lr, s) -> ComposedUpdates.rmsprop(w, g, lr, o, s));
    }

    private static Config adagrad(String name, Adagrad.Options o) {
        return new Config(name, p -> new Adagrad(p, o), (w, g, lr, s) -> ComposedUpdates.adagrad(w, g, lr, o, s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void fusedStepEqualsComposedFormulaBitForBit(Config c) {
        SplittableRandom rng = new SplittableRandom(42);
        List<Tensor> params = List.of(start(rng, 7), start(rng, 3, 4));
        List<Tensor> reference = new ArrayList<>();
        List<Map<String, Tensor>> referenceState = new ArrayList<>();
        for (Tensor p : params) {
            reference.add(Tensor.of(p.toArray()).reshape(p.shape().toArray()));
            referenceState.add(new LinkedHashMap<>());
        }
        Optimizer opt = c.build().apply(params);
        for (int step = 1; step <= STEPS; step++) {
            if (step == 4) opt.paramGroups().get(0).lr(opt.paramGroups().get(0).lr() * 0.5);
            double lr = opt.paramGroups().get(0).lr();
            for (int i = 0; i < params.size(); i++) {
                Tensor g = gradient(rng, params.get(i), step);
                params.get(i).setGrad(g);
                c.composed().update(reference.get(i), Tensor.of(g.toArray()).reshape(g.shape().toArray()), lr,
                        referenceState.get(i));
            }
            opt.step();
            for (int i = 0; i < params.size(); i++) {
                String what = c.name() + " step " + step + " param " + i;
                assertBitwise(reference.get(i).toArray(), params.get(i).toArray(), what);
                assertSameState(referenceState.get(i), opt.state(params.get(i)), what);
            }
        }
    }

    private static Tensor start(SplittableRandom rng, int... shape) {
        double[] v = Tensor.randn(rng, shape).toArray();
        v[0] = 0.0;
        v[1] = -0.0;
        v[2] = 1e-300;
        return Tensor.of(v).reshape(shape).requiresGrad(true);
    }

    /** A random gradient of growing spread, with ±0, a tiny, a huge and, in the last step, a NaN element. */
    private static Tensor gradient(SplittableRandom rng, Tensor like, int step) {
        double[] g = Tensor.randn(rng, like.shape().toArray()).mul(Math.pow(10, step - 3)).toArray();
        g[0] = -0.0;
        g[1] = step % 2 == 0 ? -0.0 : 0.0;
        g[3] = 1e-170;
        g[4] = step == 2 ? 1e160 : g[4];
        if (step == STEPS) g[5] = Double.NaN;
        return Tensor.of(g).reshape(like.shape().toArray());
    }

    private static void assertSameState(Map<String, Tensor> expected, Map<String, Tensor> actual, String what) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), what + ": state entries");
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key).shape(), actual.get(key).shape(), what + ": " + key + " shape");
            assertBitwise(expected.get(key).toArray(), actual.get(key).toArray(), what + ": " + key);
        }
    }

    private static void assertBitwise(double[] expected, double[] actual, String what) {
        assertArrayEquals(expected, actual, 0.0, what);
        long[] e = new long[expected.length], a = new long[actual.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Double.doubleToLongBits(expected[i]);
            a[i] = Double.doubleToLongBits(actual[i]);
        }
        assertArrayEquals(e, a, what + " (bits: signed zeros differ)");
    }
}
