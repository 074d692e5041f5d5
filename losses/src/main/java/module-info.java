/** Every torch.nn loss (and the common Keras/regression extras), each composed of tensor ops only. */
module io.github.tapegrad.losses {
    requires transitive io.github.tapegrad.core;

    exports io.github.tapegrad.losses;
}
