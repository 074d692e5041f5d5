package io.github.tapegrad;

/**
 * A map from tensors (by identity) to non-negative ints, for the tape walk: open addressing with linear probing
 * over parallel arrays, so a lookup is a hash, a few array reads and no boxing.
 */
final class IdentityIndex {
    /** The value {@link #get} returns for an absent key. */
    static final int ABSENT = -2;

    private Tensor[] keys = new Tensor[64];
    private int[] values = new int[64];
    private int size;

    private static int slot(Tensor t, int mask) {
        int h = System.identityHashCode(t);
        return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 1 & mask;
    }

    /** The value of {@code t}, or {@link #ABSENT}. */
    int get(Tensor t) {
        int mask = keys.length - 1;
        for (int i = slot(t, mask); ; i = (i + 1) & mask) {
            Tensor k = keys[i];
            if (k == t) return values[i];
            if (k == null) return ABSENT;
        }
    }

    /** Sets the value of {@code t}. */
    void put(Tensor t, int value) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(t, mask); ; i = (i + 1) & mask) {
            if (keys[i] == t) {
                values[i] = value;
                return;
            }
            if (keys[i] == null) {
                keys[i] = t;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    private void grow() {
        Tensor[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Tensor[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
    }
}
