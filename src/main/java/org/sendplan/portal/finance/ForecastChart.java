package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;

/**
 * A server-drawn SVG chart of a forecast under one scenario: expenditure and funding as bars, the
 * remaining overspend as a line. It carries a title and a description for screen readers; the screen
 * puts the computed table beside it as the full alternative. Plain SVG, so board packs can embed it.
 */
public final class ForecastChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;

    private ForecastChart() {}

    public static String svg(HighNeedsForecastDetails forecast, ForecastScenario scenario) {
        HighNeedsForecastTotals totals = forecast.totals(scenario);
        List<FinancialYear> years = forecast.years();
        MoneyUnit unit = forecast.draft().unit();
        YearlyAmounts expenditure = totals.totalExpenditure();
        YearlyAmounts funding = totals.funding().negated();
        YearlyAmounts remaining = totals.remainingOverspend();
        BigDecimal max = Stream.of(expenditure, funding, remaining)
                .flatMap(a -> a.byYear().values().stream())
                .reduce(BigDecimal.ONE, BigDecimal::max);
        BigDecimal min = remaining.byYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::min);
        Scale y = new Scale(min, max);
        String title =
                forecast.draft().title() + " – " + forecast.draft().versionLabel() + " (" + scenario.label() + ")";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" class=\"forecast-chart\">")
                .append("<title id=\"chart-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"chart-desc\">")
                .append(escape(description(years, expenditure, funding, remaining, unit)))
                .append("</desc>");
        axes(svg, y, unit);
        double slot = (WIDTH - LEFT - RIGHT) / (double) years.size();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            FinancialYear year = years.get(i);
            double x = LEFT + i * slot;
            bar(
                    svg,
                    x + slot * 0.15,
                    slot * 0.3,
                    y,
                    expenditure.in(year),
                    "#1d70b8",
                    "Expenditure " + year + ": " + Money.format(expenditure.in(year), unit));
            bar(
                    svg,
                    x + slot * 0.5,
                    slot * 0.3,
                    y,
                    funding.in(year),
                    "#00703c",
                    "Funding " + year + ": " + Money.format(funding.in(year), unit));
            double cx = x + slot / 2;
            line.append(i == 0 ? "M" : " L").append(round(cx)).append(' ').append(round(y.at(remaining.in(year))));
            svg.append("<circle cx=\"")
                    .append(round(cx))
                    .append("\" cy=\"")
                    .append(round(y.at(remaining.in(year))))
                    .append("\" r=\"4\" fill=\"#d4351c\"><title>")
                    .append(escape("Remaining overspend " + year + ": " + Money.format(remaining.in(year), unit)))
                    .append("</title></circle>");
            svg.append("<text x=\"")
                    .append(round(cx))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(year)
                    .append("</text>");
        }
        svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#d4351c\" stroke-width=\"2\"/>");
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private record Scale(BigDecimal min, BigDecimal max) {
        double at(BigDecimal value) {
            double span = max.subtract(min).doubleValue();
            return TOP + (HEIGHT - TOP - BOTTOM) * (max.subtract(value).doubleValue() / span);
        }
    }

    private static void axes(StringBuilder svg, Scale y, MoneyUnit unit) {
        for (BigDecimal tick :
                List.of(y.min(), y.min().add(y.max()).divide(BigDecimal.TWO, 0, RoundingMode.HALF_UP), y.max())) {
            double ty = y.at(tick);
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
                    .append(escape(Money.format(tick.setScale(0, RoundingMode.HALF_UP), unit)))
                    .append("</text>");
        }
        double zero = y.at(BigDecimal.ZERO);
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(round(zero))
                .append("\" y2=\"")
                .append(round(zero))
                .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
    }

    private static void bar(
            StringBuilder svg, double x, double width, Scale y, BigDecimal value, String colour, String label) {
        double top = y.at(value.max(BigDecimal.ZERO));
        double height = Math.abs(y.at(BigDecimal.ZERO) - y.at(value));
        svg.append("<rect x=\"")
                .append(round(x))
                .append("\" y=\"")
                .append(round(top))
                .append("\" width=\"")
                .append(round(width))
                .append("\" height=\"")
                .append(round(height))
                .append("\" fill=\"")
                .append(colour)
                .append("\"><title>")
                .append(escape(label))
                .append("</title></rect>");
    }

    private static void legend(StringBuilder svg) {
        int y = HEIGHT - 18;
        String[][] keys = {{"#1d70b8", "Total expenditure"}, {"#00703c", "Funding"}, {"#d4351c", "Remaining overspend"}
        };
        for (int i = 0; i < keys.length; i++) {
            int x = LEFT + i * 190;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(keys[i][0])
                    .append("\"/><text x=\"")
                    .append(x + 18)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" font-size=\"12\">")
                    .append(keys[i][1])
                    .append("</text>");
        }
    }

    private static String description(
            List<FinancialYear> years,
            YearlyAmounts expenditure,
            YearlyAmounts funding,
            YearlyAmounts remaining,
            MoneyUnit unit) {
        StringBuilder text = new StringBuilder("Expenditure against funding and the remaining overspend per year. ");
        for (FinancialYear year : years) {
            text.append(year)
                    .append(": expenditure ")
                    .append(Money.format(expenditure.in(year), unit))
                    .append(", funding ")
                    .append(Money.format(funding.in(year), unit))
                    .append(", remaining overspend ")
                    .append(Money.format(remaining.in(year), unit))
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
