package io.github.tapegrad.nn;

import io.github.tapegrad.Tensor;
import java.util.Map;

/** The checks {@link Module#load} makes before it copies anything. */
final class StateDicts {
    private StateDicts() {}

    static void check(String module, String file, Map<String, Tensor> own, Map<String, Tensor> saved) {
        for (Map.Entry<String, Tensor> e : own.entrySet()) {
            Tensor s = saved.get(e.getKey());
            if (s == null) {
                throw new IllegalArgumentException("load: " + file + " has no entry for parameter '" + e.getKey()
                        + "' (shape " + e.getValue().shape() + ") of " + module + "; it holds " + saved.keySet()
                        + "; load a file saved from a model with the same layers");
            }
            if (!s.shape().equals(e.getValue().shape())) {
                throw new IllegalArgumentException("load: parameter '" + e.getKey() + "' of " + module + " has shape "
                        + e.getValue().shape() + " but " + file + " holds shape " + s.shape()
                        + "; build the model with the sizes of the saved one");
            }
        }
        for (String name : saved.keySet()) {
            if (!own.containsKey(name)) {
                throw new IllegalArgumentException("load: " + file + " holds '" + name + "', which is not a parameter of "
                        + module + " (it has " + own.keySet() + "); load a file saved from a model with the same layers");
            }
        }
    }
}
