package io.github.tapegrad;

/**
 * A differentiable operation: its forward value and its vector-Jacobian product (VJP), side by side.
 *
 * <p>The forward computes the output value from the input values and must not record anything; the VJP
 * maps the gradient of the output to the gradient of one input, and is written with tensor ops, so that
 * under {@code createGraph} the gradient is itself recorded and can be differentiated again. Apply an op
 * with {@link Tensor#apply(Op, Tensor...)}; the built-in primitives live in {@code Primitives}.
 *
 * <p>A custom op, for example the cube:
 * <pre>{@code
 * record Cube() implements Op.Unary {
 *     public Tensor forward(Tensor x) { return x.detach().mul(x.detach()).mul(x.detach()); }
 *     public Tensor vjp(Tensor grad, Tensor x, Tensor out) { return grad.mul(x.square().mul(3)); }
 * }
 * Tensor y = Tensor.apply(new Cube(), x);
 * }</pre>
 */
public interface Op {

    /**
     * The forward value from the inputs' values; runs with recording off.
     *
     * @param inputs the inputs' values
     * @return the output value
     */
    Tensor forward(Tensor[] inputs);

    /**
     * The gradient with respect to input {@code i}, given the gradient of the output.
     *
     * @param i      which input
     * @param grad   the gradient of the output, of the output's shape
     * @param inputs the inputs as they were at forward time
     * @param output the output of the forward
     * @return a tensor of input {@code i}'s shape
     */
    Tensor vjp(int i, Tensor grad, Tensor[] inputs, Tensor output);

    /**
     * Whether {@link #vjp} reads {@code output}, so that backward checks the output was not changed in place since the
     * op recorded it (as PyTorch checks the tensors a Function saves). Inputs are always checked.
     *
     * @return true when the VJP uses the output; false by default
     */
    default boolean savesOutput() {
        return false;
    }

    /**
     * The op's name as the tape prints it; by default its class name.
     *
     * @return the name
     */
    default String name() {
        String simple = getClass().getSimpleName();
        return simple.isEmpty() ? getClass().getName() : simple;
    }

    /**
     * The op's parameters as the tape prints them (empty when it has none).
     *
     * @return the parameters, e.g. {@code p=2}
     */
    default String params() {
        return "";
    }

    /** An op of one input. */
    interface Unary extends Op {
        /**
         * The forward value.
         *
         * @param x the input's value
         * @return the output value
         */
        Tensor forward(Tensor x);

        /**
         * The gradient with respect to x.
         *
         * @param grad the gradient of the output, of the output's shape
         * @param x the input as it was at forward time
         * @param output the output of the forward
         * @return the gradient with respect to x, of x's shape
         */
        Tensor vjp(Tensor grad, Tensor x, Tensor output);

        @Override
        default Tensor forward(Tensor[] inputs) {
            return forward(inputs[0]);
        }

        @Override
        default Tensor vjp(int i, Tensor grad, Tensor[] inputs, Tensor output) {
            return vjp(grad, inputs[0], output);
        }
    }

    /** An op of two inputs. */
    interface Binary extends Op {
        /**
         * The forward value.
         *
         * @param a the first input's value
         * @param b the second input's value
         * @return the output value
         */
        Tensor forward(Tensor a, Tensor b);

        /**
         * The gradient with respect to a.
         *
         * @param grad the gradient of the output, of the output's shape
         * @param a the first input as it was at forward time
         * @param b the second input as it was at forward time
         * @param output the output of the forward
         * @return the gradient with respect to a, of a's shape
         */
        Tensor vjpA(Tensor grad, Tensor a, Tensor b, Tensor output);

        /**
         * The gradient with respect to b.
         *
         * @param grad the gradient of the output, of the output's shape
         * @param a the first input as it was at forward time
         * @param b the second input as it was at forward time
         * @param output the output of the forward
         * @return the gradient with respect to b, of b's shape
         */
        Tensor vjpB(Tensor grad, Tensor a, Tensor b, Tensor output);

        @Override
        default Tensor forward(Tensor[] inputs) {
            return forward(inputs[0], inputs[1]);
        }

        @Override
        default Tensor vjp(int i, Tensor grad, Tensor[] inputs, Tensor output) {
            return i == 0 ? vjpA(grad, inputs[0], inputs[1], output) : vjpB(grad, inputs[0], inputs[1], output);
        }
    }
}
