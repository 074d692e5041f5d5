/**
 * Layers with PyTorch's names and default initialisation ({@link io.github.tapegrad.nn.Linear},
 * {@link io.github.tapegrad.nn.Sequential}, activations), the {@link io.github.tapegrad.nn.Module} base with named
 * parameters, and NumPy {@code .npy}/{@code .npz} files ({@link io.github.tapegrad.nn.Npy},
 * {@link io.github.tapegrad.nn.Npz}) for saving and loading parameters under PyTorch's {@code state_dict} names.
 */
package io.github.tapegrad.nn;
