package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** The regressor's charts: loss curves, the fit, and test R² with and without standardisation. */
final class RegressorPlots {
    private RegressorPlots() {}

    /** Writes all charts of one dataset; {@code standardised} and {@code raw} hold one fit per chosen optimizer. */
    static List<Path> plot(String name, Preprocessing.Split data, Options o, List<Regressor.Fit> standardised,
                           List<Regressor.Fit> raw) {
        List<Path> files = new ArrayList<>();
        files.addAll(Plots.save(lossChart(name, o, standardised), o.out(), "regressor_" + name + "_loss"));
        files.addAll(Plots.save(normalisationChart(name, o, standardised, raw), o.out(), "regressor_" + name + "_normalisation"));
        XYChart fit = name.equals("sine") ? sineFit(data, o, standardised)
                : predictedVsTrue(data, standardised.get(standardised.size() - 1));
        files.addAll(Plots.save(fit, o.out(), "regressor_" + name + "_fit"));
        return files;
    }

    private static XYChart lossChart(String name, Options o, List<Regressor.Fit> fits) {
        XYChart chart = Plots.perEpoch("MLP regressor on " + name + " (standardised)", "training loss (MSE)", true);
        for (int i = 0; i < fits.size(); i++) {
            Run run = fits.get(i).run();
            Plots.curve(chart, run.label(), run.trainLosses(), Plots.color(o.optimizers().get(i)), false);
        }
        return chart;
    }

    /** Test R² per epoch: standardised runs solid, raw runs dashed, in each optimizer's colour. */
    private static XYChart normalisationChart(String name, Options o, List<Regressor.Fit> standardised,
                                              List<Regressor.Fit> raw) {
        XYChart chart = Plots.perEpoch("Standardised vs raw inputs and targets: " + name, "test R² (clipped to [−1, 1])",
                false);
        for (int i = 0; i < standardised.size(); i++) {
            Color c = Plots.color(o.optimizers().get(i));
            Run s = standardised.get(i).run(), r = raw.get(i).run();
            Plots.curve(chart, s.label(), clip(s.testMetrics()), c, false);
            Plots.curve(chart, r.label(), clip(r.testMetrics()), c, true);
        }
        chart.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.InsideSE);
        return chart;
    }

    private static double[] clip(double[] r2) {
        return Arrays.stream(r2).map(v -> Double.isNaN(v) ? -1 : Math.max(-1, Math.min(1, v))).toArray();
    }

    private static XYChart sineFit(Preprocessing.Split data, Options o, List<Regressor.Fit> fits) {
        XYChart chart = Plots.chart("y = sin(2x) + 0.3x + noise: test samples and fits", "x", "y");
        Plots.scatter(chart, "test samples", data.test().x().toArray(), data.test().y().toArray(), Color.GRAY);
        Tensor grid = Tensor.linspace(-2, 2, 200).reshape(-1, 1);
        Plots.line(chart, "sin(2x) + 0.3x", grid.toArray(), grid.mul(2).sin().add(grid.mul(0.3)).toArray(), Color.BLACK, true);
        for (int i = 0; i < fits.size(); i++) {
            Plots.line(chart, fits.get(i).run().label(), grid.toArray(), fits.get(i).predict().apply(grid).toArray(),
                    Plots.color(o.optimizers().get(i)), false);
        }
        chart.getStyler().setMarkerSize(4).setLegendPosition(Styler.LegendPosition.InsideSE);
        return chart;
    }

    /** Predicted against true test targets, each output standardised so that all share the axes; y = x is perfect. */
    private static XYChart predictedVsTrue(Preprocessing.Split data, Regressor.Fit fit) {
        XYChart chart = Plots.chart("Multi-output target, " + fit.run().label() + ": predicted vs true (test)",
                "true (standardised per output)", "predicted (same scale)");
        Standardizer sy = Standardizer.fit(data.test().y());
        Tensor truth = sy.transform(data.test().y()), predicted = sy.transform(fit.predict().apply(data.test().x()));
        Color[] colors = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(148, 103, 189)};
        for (int k = 0; k < truth.size(1); k++) {
            Plots.scatter(chart, "output " + (k + 1), truth.select(1, k).toArray(), predicted.select(1, k).toArray(), colors[k]);
        }
        Plots.line(chart, "y = x", new double[] {-3, 3}, new double[] {-3, 3}, Color.BLACK, true);
        chart.getStyler().setMarkerSize(4).setLegendPosition(Styler.LegendPosition.InsideSE);
        return chart;
    }
}
