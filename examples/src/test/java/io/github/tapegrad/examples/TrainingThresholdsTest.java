package io.github.tapegrad.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The examples' promises, on the default seed and settings: test accuracy and R² thresholds for every optimizer. */
class TrainingThresholdsTest {
    private static final long SEED = 1;

    private static void assertAtLeast(double threshold, Run run) {
        assertTrue(run.last().testMetric() >= threshold, run.label() + ": test " + run.metric() + " "
                + run.last().testMetric() + " < " + threshold);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void logisticRegressionOnBreastCancerReaches95Percent(OptimizerKind kind) {
        var split = LogisticRegression.data(SEED);
        var settings = new Trainer.Settings(LogisticRegression.EPOCHS, LogisticRegression.BATCH_SIZE, SEED, false);
        for (LogisticRegression.Variant v : LogisticRegression.Variant.values()) {
            assertAtLeast(0.95, LogisticRegression.train(split, v, kind, kind.defaultLr(), settings));
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void softmaxRegressionReaches93PercentOnIrisAnd95OnDigits(OptimizerKind kind) {
        for (String name : new String[] {"iris", "digits"}) {
            var settings = new Trainer.Settings(SoftmaxRegression.defaultEpochs(name), SoftmaxRegression.BATCH_SIZE, SEED, false);
            Run run = SoftmaxRegression.train(SoftmaxRegression.data(name, SEED), kind, kind.defaultLr(), settings);
            assertAtLeast(name.equals("iris") ? 0.93 : 0.95, run);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void regressorReachesR2Of50PercentOnDiabetesAnd95OnTheSine(OptimizerKind kind) {
        var settings = new Trainer.Settings(Regressor.EPOCHS, Regressor.BATCH_SIZE, SEED, false);
        for (String name : Regressor.DATASETS) {
            double lr = Regressor.defaultLr(name, kind);
            Run run = Regressor.train(Regressor.data(name, SEED), kind, lr, settings, true).run();
            assertAtLeast(name.equals("diabetes") ? 0.5 : 0.95, run);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void withoutStandardisingDiabetesIsNotLearned(OptimizerKind kind) {
        var settings = new Trainer.Settings(Regressor.EPOCHS, Regressor.BATCH_SIZE, SEED, false);
        var split = Regressor.data("diabetes", SEED);
        double lr = Regressor.defaultLr("diabetes", kind);
        double r2 = Regressor.train(split, kind, lr, settings, false).run().last().testMetric();
        assertTrue(!(r2 > 0.2), kind + " on raw inputs and targets: R² " + r2 + " (NaN when it diverged)");
    }
}
