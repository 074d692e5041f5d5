package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import io.github.tapegrad.nn.Linear;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * Logistic regression on two features of Breast Cancer, drawn in the plane of those features: the samples, and the
 * lines where the model's probability of "benign" is 0.1, ½ (the decision boundary) and 0.9. The model is linear in
 * the standardised features, so each line is straight: w₁u₁ + w₂u₂ + b = logit(p).
 */
public final class DecisionBoundary {
    /** The two features shown. */
    public static final String X_FEATURE = "worst_radius", Y_FEATURE = "worst_concave_points";

    private DecisionBoundary() {}

    /** Trains the two-feature model with the first chosen optimizer and plots it. */
    public static List<Path> run(Options o) {
        Dataset two = Datasets.breastCancer().columns(X_FEATURE, Y_FEATURE);
        Preprocessing.Split raw = Preprocessing.trainTestSplit(two, LogisticRegression.TEST_FRACTION, o.seed());
        OptimizerKind kind = o.optimizers().get(0);
        Linear linear = new Linear(2, 1, o.seed());
        double accuracy = train(linear, raw.standardized(), kind, o).last().testMetric();
        System.out.printf(Locale.ROOT, "  two features (%s, %s), %s: test accuracy %.4f%n", X_FEATURE, Y_FEATURE,
                kind.title(), accuracy);
        XYChart chart = Plots.chart(String.format(Locale.ROOT, "Logistic regression on two features (test accuracy %.3f)",
                accuracy), X_FEATURE, Y_FEATURE);
        addSamples(chart, two);
        addLevels(chart, linear, raw.featureScaler(), two.x());
        return Plots.save(chart, o.out(), "logistic_boundary");
    }

    private static Run train(Linear linear, Preprocessing.Split split, OptimizerKind kind, Options o) {
        var variant = LogisticRegression.Variant.WITH_LOGITS;
        var settings = new Trainer.Settings(o.epochsOr(LogisticRegression.EPOCHS), LogisticRegression.BATCH_SIZE,
                o.seed(), false);
        return Trainer.train(kind.title(), variant.model(linear), kind.create(linear.parameters(), o.lrOr(kind.defaultLr())),
                variant.objective(), split, settings);
    }

    private static void addSamples(XYChart chart, Dataset data) {
        String[] names = {"malignant (0)", "benign (1)"};
        Color[] colors = {new Color(214, 39, 40), new Color(31, 119, 180)};
        for (int c = 0; c < 2; c++) {
            Tensor rows = Preprocessing.indexTensor(Preprocessing.indicesOf(data.y(), c));
            Tensor x = data.x().indexSelect(0, rows);
            Plots.scatter(chart, names[c], x.select(1, 0).toArray(), x.select(1, 1).toArray(), colors[c]);
        }
        chart.getStyler().setMarkerSize(4);
    }

    /** The lines p = 0.1, ½, 0.9 in the original units, over the range of the samples. */
    private static void addLevels(XYChart chart, Linear linear, Standardizer scaler, Tensor x) {
        double[] w = linear.weight().toArray(), mean = scaler.mean().toArray(), scale = scaler.scale().toArray();
        double b = linear.bias().item();
        Tensor range = Tensor.linspace(x.select(1, 0).min().item(), x.select(1, 0).max().item(), 2);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            Tensor u1 = range.sub(mean[0]).div(scale[0]);
            Tensor u2 = u1.mul(-w[0]).add(Math.log(p / (1 - p)) - b).div(w[1]);
            Plots.line(chart, "p(benign) = " + p, range.toArray(), u2.mul(scale[1]).add(mean[1]).toArray(),
                    Color.DARK_GRAY, p != 0.5);
        }
        chart.getStyler().setYAxisMin(x.select(1, 1).min().item()).setYAxisMax(x.select(1, 1).max().item());
    }
}
