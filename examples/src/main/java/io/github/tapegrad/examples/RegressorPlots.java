package io.github.tapegrad.examples;

import io.github.tapegrad.Tensor;
import java.awt.BasicStroke;
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
                : predictedVsTrue(name, data, o, standardised);
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

    /** Dash patterns of the raw runs, one per optimizer, so that raw curves on the same values stay distinguishable. */
    private static final float[][] DASHES = {{8, 4}, {2, 3}, {12, 3, 2, 3}};

    /**
     * Test R² per epoch: standardised runs solid, raw runs dashed (a different dash per optimizer), in each
     * optimizer's colour; the legend sits right of the plot so that it hides no curve.
     */
    private static XYChart normalisationChart(String name, Options o, List<Regressor.Fit> standardised,
                                              List<Regressor.Fit> raw) {
        XYChart chart = Plots.perEpoch("Standardised vs raw inputs and targets: " + name, "test R² (clipped to [−1, 1])",
                false);
        for (int i = 0; i < standardised.size(); i++) {
            Color c = Plots.color(o.optimizers().get(i));
            Run s = standardised.get(i).run(), r = raw.get(i).run();
            Plots.curve(chart, s.label(), clip(s.testMetrics()), c, false);
            Plots.curve(chart, r.label(), clip(r.testMetrics()), c, true).setLineStyle(new BasicStroke(2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASHES[i % DASHES.length], 0));
        }
        chart.getStyler().setYAxisMin(-1.05).setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.OutsideE);
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

    /** Predicted against true test targets (first output, original units), a colour per optimizer; y = x is exact. */
    private static XYChart predictedVsTrue(String name, Preprocessing.Split data, Options o, List<Regressor.Fit> fits) {
        XYChart chart = Plots.chart(name + " (test set): predicted vs true target, standardised runs",
                "true " + name + " target", "predicted");
        Tensor truth = data.test().y().select(1, 0);
        for (int i = 0; i < fits.size(); i++) {
            Tensor predicted = fits.get(i).predict().apply(data.test().x()).select(1, 0);
            Plots.scatter(chart, fits.get(i).run().label(), truth.toArray(), predicted.toArray(),
                    Plots.color(o.optimizers().get(i)));
        }
        double lo = truth.min().item(), hi = truth.max().item();
        Plots.line(chart, "y = x", new double[] {lo, hi}, new double[] {lo, hi}, Color.BLACK, true);
        chart.getStyler().setMarkerSize(5).setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }
}
