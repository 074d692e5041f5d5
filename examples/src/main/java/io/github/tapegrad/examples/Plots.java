package io.github.tapegrad.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line and scatter charts written as PNG and SVG with XChart; headless (no window is ever opened). */
public final class Plots {
    private static final int WIDTH = 720, HEIGHT = 440;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {}

    /** The colour of each optimizer's curves, the same in every chart. */
    public static Color color(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> new Color(31, 119, 180);
            case MOMENTUM -> new Color(255, 127, 14);
            case ADAM -> new Color(44, 160, 44);
        };
    }

    /** An empty chart of a quantity per epoch, on a logarithmic y axis when asked. */
    public static XYChart perEpoch(String title, String yTitle, boolean logY) {
        XYChart chart = chart(title, "epoch", yTitle);
        chart.getStyler().setYAxisLogarithmic(logY).setYAxisLogarithmicDecadeOnly(false).setXAxisMaxLabelCount(12);
        return chart;
    }

    /** Adds one value per epoch (epochs 1, 2, 3, …) as a line. */
    public static XYSeries curve(XYChart chart, String name, double[] perEpoch, Color color, boolean dashed) {
        double[] epochs = IntStream.rangeClosed(1, perEpoch.length).asDoubleStream().toArray();
        return line(chart, name, epochs, perEpoch, color, dashed);
    }

    /** An empty chart with the project's style: white background, legend inside the top right corner. */
    public static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler style = chart.getStyler();
        style.setPlotGridLinesColor(new Color(225, 225, 225));
        style.setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                .setLegendPosition(Styler.LegendPosition.InsideNE).setAntiAlias(true);
        return chart;
    }

    /** Adds a scatter series of small dots. */
    public static XYSeries scatter(XYChart chart, String name, double[] xs, double[] ys, Color color) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter).setMarker(SeriesMarkers.CIRCLE)
                .setMarkerColor(color);
        return s;
    }

    /** Adds a line without markers, dashed when asked. */
    public static XYSeries line(XYChart chart, String name, double[] xs, double[] ys, Color color, boolean dashed) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE).setLineColor(color);
        if (dashed) s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        return s;
    }

    /** Writes {@code DIR/STEM.png} and {@code DIR/STEM.svg}; returns their paths. */
    public static List<Path> save(XYChart chart, Path dir, String stem) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(stem + ".png"), svg = dir.resolve(stem + ".svg");
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return List.of(png, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("Plots.save: cannot write " + dir.resolve(stem) + ".png/.svg", e);
        }
    }
}
