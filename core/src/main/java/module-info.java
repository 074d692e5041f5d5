/**
 * tapegrad core: {@code Tensor}, the reverse-mode tape and ops ({@code io.github.tapegrad}), optimizers
 * ({@code io.github.tapegrad.optim}), layers ({@code io.github.tapegrad.nn}) and the gradient property-testing
 * kit ({@code io.github.tapegrad.check}). The kernels ({@code io.github.tapegrad.kernel}) are internal.
 */
module io.github.tapegrad.core {
    requires static jdk.incubator.vector;

    exports io.github.tapegrad;
    exports io.github.tapegrad.check;
    exports io.github.tapegrad.optim;
    exports io.github.tapegrad.nn;
}
