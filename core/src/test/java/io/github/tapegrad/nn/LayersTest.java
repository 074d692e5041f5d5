package io.github.tapegrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.testing.Close;
import io.github.tapegrad.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Activation layers against PyTorch (fixtures/nn/nn_values.txt), and Sequential's names and order. */
class LayersTest {
    private static final Map<String, Module> LAYERS = Map.ofEntries(
            Map.entry("tanh", new Tanh()),
            Map.entry("relu", new ReLU()),
            Map.entry("sigmoid", new Sigmoid()),
            Map.entry("softmax_dim1", new Softmax(1)),
            Map.entry("softmax_dim0", new Softmax(0)),
            Map.entry("log_softmax_dim1", new LogSoftmax(-1)),
            Map.entry("leaky_relu", new LeakyReLU()),
            Map.entry("leaky_relu_0.2", new LeakyReLU(0.2)),
            Map.entry("gelu", new GELU()),
            Map.entry("gelu_tanh", new GELU(true)),
            Map.entry("identity", new Identity()));

    static Stream<Fixtures.Case> activations() {
        return Fixtures.load("/fixtures/nn/nn_values.txt").stream().filter(c -> LAYERS.containsKey(c.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void activationMatchesPyTorch(Fixtures.Case c) {
        Close.assertClose(c.tensor("y"), LAYERS.get(c.name()).forward(c.tensor("x")), 1e-14, 1e-15, c.name());
    }

    @Test
    void everyActivationIsChecked() {
        assertEquals(LAYERS.size(), activations().count());
    }

    private static Sequential mlp() {
        return new Sequential(new Linear(4, 5, 1L), new Tanh(), new Linear(5, 3, false, 2L), new Softmax(-1));
    }

    @Test
    void sequentialNamesParametersAsPyTorchsStateDict() {
        Sequential model = mlp();
        assertEquals(List.of("0.weight", "0.bias", "2.weight"), List.copyOf(model.namedParameters().keySet()));
        Linear first = (Linear) model.get(0);
        assertSame(first.weight(), model.parameters().get(0));
        assertSame(first.bias(), model.parameters().get(1));
        assertEquals(4 * 5 + 5 + 5 * 3, model.numParameters());
    }

    @Test
    void nestedModulesPrefixTheirNames() {
        Sequential outer = new Sequential(mlp(), new Linear(3, 1, 3L));
        assertEquals(List.of("0.0.weight", "0.0.bias", "0.2.weight", "1.weight", "1.bias"),
                List.copyOf(outer.namedParameters().keySet()));
    }

    @Test
    void sequentialAppliesItsLayersInOrder() {
        Sequential model = mlp();
        Tensor x = Tensor.linspace(-1, 1, 8).reshape(2, 4);
        Tensor expected = model.get(3).forward(model.get(2).forward(model.get(1).forward(model.get(0).forward(x))));
        Close.assertClose(expected, model.forward(x), 0, 0, "composition");
    }

    @Test
    void applyVisitsChildrenBeforeTheParent() {
        Sequential model = mlp();
        List<String> seen = new ArrayList<>();
        model.apply(m -> seen.add(m.getClass().getSimpleName()));
        assertEquals(List.of("Linear", "Tanh", "Linear", "Softmax", "Sequential"), seen);
    }

    @Test
    void printsLikePyTorch() {
        assertEquals("Sequential(\n"
                + "  (0): Linear(inFeatures=4, outFeatures=5, bias=true)\n"
                + "  (1): Tanh()\n"
                + "  (2): Linear(inFeatures=5, outFeatures=3, bias=false)\n"
                + "  (3): Softmax(dim=-1)\n"
                + ")", mlp().toString());
    }

    @Test
    void registeringANameTwiceIsAnError() {
        class Twice extends Module {
            Twice() {
                registerParameter("w", Tensor.zeros(2));
                registerParameter("w", Tensor.zeros(3));
            }

            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        }
        assertEquals("Twice: cannot register 'w': names must be non-empty, without '.', and unique within a module "
                + "(it has [w]); choose another name", assertThrows(IllegalArgumentException.class, Twice::new).getMessage());
    }
}
