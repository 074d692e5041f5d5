package io.github.tapegrad.reliability.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** What a fuzzing run covered: programs checked and discarded, steps run, and how often each op was used. */
final class FuzzStats {
    int checked;
    int discarded;
    int steps;
    int smallerStep;
    int secondOrder;
    final Map<String, Integer> opCounts = new TreeMap<>();

    void count(Program p) {
        checked++;
        steps += p.steps.size();
        for (String op : p.opNames()) opCounts.merge(op, 1, Integer::sum);
    }

    @Override
    public String toString() {
        return String.format("fuzz: %d programs checked, %d of them to second order (%d checks passed only at another "
                + "step; %d programs discarded as non-finite, too large or too steep), %d ops in them, %d of the %d table "
                + "entries used; least used: %s", checked, secondOrder, smallerStep, discarded, steps, opCounts.size(),
                OpTable.ALL.size(), leastUsed());
    }

    private String leastUsed() {
        return opCounts.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3)
                .map(e -> e.getKey() + " " + e.getValue()).toList().toString();
    }
}
