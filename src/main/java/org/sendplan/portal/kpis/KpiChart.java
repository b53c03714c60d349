package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A server-drawn SVG chart of a KPI's figures against its targets, period by period: figures as a
 * solid line with points, targets as a dashed line. It carries a title and a description for screen
 * readers; the page puts the same figures in a table beside it. Plain SVG, so board packs can embed it.
 */
public final class KpiChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final String FIGURE_COLOUR = "#1d70b8";
    private static final String TARGET_COLOUR = "#505a5f";

    private KpiChart() {}

    public static String svg(String name, KpiUnit unit, List<KpiFigure> figures) {
        BigDecimal max = figures.stream()
                .flatMap(f -> Stream.of(f.value(), f.target()))
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ONE, BigDecimal::max);
        if (unit == KpiUnit.PERCENTAGE) {
            max = BigDecimal.valueOf(100);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"kpi-chart-title kpi-chart-desc\" class=\"kpi-chart\">")
                .append("<title id=\"kpi-chart-title\">")
                .append(escape(name + ": figures against targets"))
                .append("</title>")
                .append("<desc id=\"kpi-chart-desc\">")
                .append(escape(description(unit, figures)))
                .append("</desc>");
        axes(svg, unit, max);
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, figures.size());
        StringBuilder figureLine = new StringBuilder();
        StringBuilder targetLine = new StringBuilder();
        for (int i = 0; i < figures.size(); i++) {
            KpiFigure f = figures.get(i);
            double x = LEFT + slot * i + slot / 2;
            if (f.target() != null) {
                double y = y(f.target(), max);
                targetLine
                        .append(targetLine.isEmpty() ? "M" : " L")
                        .append(round(x))
                        .append(' ')
                        .append(round(y));
                svg.append("<rect x=\"")
                        .append(round(x - 4))
                        .append("\" y=\"")
                        .append(round(y - 4))
                        .append("\" width=\"8\" height=\"8\" fill=\"")
                        .append(TARGET_COLOUR)
                        .append("\"><title>")
                        .append(escape("Target " + f.period().label() + ": " + unit.format(f.target())))
                        .append("</title></rect>");
            }
            if (f.value() != null) {
                double y = y(f.value(), max);
                figureLine
                        .append(figureLine.isEmpty() ? "M" : " L")
                        .append(round(x))
                        .append(' ')
                        .append(round(y));
                svg.append("<circle cx=\"")
                        .append(round(x))
                        .append("\" cy=\"")
                        .append(round(y))
                        .append("\" r=\"5\" fill=\"")
                        .append(FIGURE_COLOUR)
                        .append("\"><title>")
                        .append(escape(f.period().label() + ": " + unit.format(f.value()) + ", "
                                + f.status().rag().label()))
                        .append("</title></circle>");
            }
            svg.append("<text x=\"")
                    .append(round(x))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(escape(f.period().label()))
                    .append("</text>");
        }
        svg.append("<path d=\"")
                .append(targetLine)
                .append("\" fill=\"none\" stroke=\"")
                .append(TARGET_COLOUR)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        svg.append("<path d=\"")
                .append(figureLine)
                .append("\" fill=\"none\" stroke=\"")
                .append(FIGURE_COLOUR)
                .append("\" stroke-width=\"3\"/>");
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private static double y(BigDecimal value, BigDecimal max) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value.doubleValue() / max.doubleValue());
    }

    private static void axes(StringBuilder svg, KpiUnit unit, BigDecimal max) {
        for (BigDecimal tick : List.of(BigDecimal.ZERO, max.divide(BigDecimal.TWO), max)) {
            double ty = y(tick, max);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(round(ty))
                    .append("\" y2=\"")
                    .append(round(ty))
                    .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>")
                    .append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(round(ty + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\">")
                    .append(escape(unit.format(tick)))
                    .append("</text>");
        }
    }

    private static void legend(StringBuilder svg) {
        int y = HEIGHT - 18;
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(LEFT + 24)
                .append("\" y1=\"")
                .append(y - 4)
                .append("\" y2=\"")
                .append(y - 4)
                .append("\" stroke=\"")
                .append(FIGURE_COLOUR)
                .append("\" stroke-width=\"3\"/><text x=\"")
                .append(LEFT + 30)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"12\">Figure</text>");
        int x = LEFT + 120;
        svg.append("<line x1=\"")
                .append(x)
                .append("\" x2=\"")
                .append(x + 24)
                .append("\" y1=\"")
                .append(y - 4)
                .append("\" y2=\"")
                .append(y - 4)
                .append("\" stroke=\"")
                .append(TARGET_COLOUR)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"")
                .append(x + 30)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"12\">Target</text>");
    }

    private static String description(KpiUnit unit, List<KpiFigure> figures) {
        if (figures.isEmpty()) {
            return "No figures or targets yet.";
        }
        StringBuilder text = new StringBuilder("Figures against targets per period. ");
        for (KpiFigure f : figures) {
            text.append(f.period().label())
                    .append(": figure ")
                    .append(f.value() == null ? "none" : unit.format(f.value()))
                    .append(", target ")
                    .append(f.target() == null ? "none" : unit.format(f.target()))
                    .append(", ")
                    .append(f.status().rag().label())
                    .append(". ");
        }
        return text.toString().trim();
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
