/**
 * Optimizers with PyTorch 1.13's exact update rules ({@link io.github.tapegrad.optim.SGD},
 * {@link io.github.tapegrad.optim.Adam}, {@link io.github.tapegrad.optim.AdamW}, {@link io.github.tapegrad.optim.RMSprop},
 * {@link io.github.tapegrad.optim.Adagrad}), learning-rate schedulers and gradient clipping. Each optimizer is built
 * from its parameters and options, e.g. {@code new SGD(model.parameters(), SGD.options().lr(0.1).momentum(0.9))}, or
 * from {@link io.github.tapegrad.optim.ParamGroup}s with their own options.
 */
package io.github.tapegrad.optim;
