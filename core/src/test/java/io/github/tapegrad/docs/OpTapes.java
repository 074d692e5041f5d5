package io.github.tapegrad.docs;

import io.github.tapegrad.Tape;
import io.github.tapegrad.Tensor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The primitives a call recorded: the op names on the tape of its result(s); empty for a constant. */
final class OpTapes {
    private OpTapes() {}

    static Set<String> recorded(Object result) {
        List<?> outs = result instanceof List<?> l ? l : List.of(result);
        Set<String> names = new TreeSet<>();
        for (Object o : outs) {
            for (Tensor t : Tape.of((Tensor) o).nodes()) if (!t.isLeaf()) names.add(t.op().name());
        }
        return names;
    }
}
