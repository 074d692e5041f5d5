package io.github.tapegrad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape walk's identity map: keys by identity (equal values are different keys), growth, overwrite. */
class IdentityIndexTest {
    @Test
    void mapsManyTensorsByIdentityThroughGrowth() {
        IdentityIndex index = new IdentityIndex();
        List<Tensor> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Tensor t = Tensor.scalar(1.0);
            keys.add(t);
            index.put(t, i);
        }
        for (int i = 0; i < keys.size(); i++) assertEquals(i, index.get(keys.get(i)));
        assertEquals(IdentityIndex.ABSENT, index.get(Tensor.scalar(2.0)));
        assertEquals(IdentityIndex.ABSENT, index.get(Tensor.scalar(1.0)));
        index.put(keys.get(7), -1);
        assertEquals(-1, index.get(keys.get(7)));
        assertNotEquals(IdentityIndex.ABSENT, index.get(keys.get(7)));
    }
}
