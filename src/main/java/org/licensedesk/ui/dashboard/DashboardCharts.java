package org.licensedesk.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * The dashboards' charts and what they show of a {@link Dashboard}. Every bar and point traces to its applications;
 * all figures come computed from the service, the charts only draw them.
 */
final class DashboardCharts {
    final StackedBarChart<String, Number> weekly = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    final StackedBarChart<String, Number> deadline = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    final BarChart<String, Number> approvalRate = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 10));
    final BarChart<String, Number> elementKg = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final BarChart<String, Number> countries = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final BarChart<String, Number> age = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final LineChart<String, Number> median = new LineChart<>(new CategoryAxis(), new NumberAxis());
    final Hyperlink periodMedian = new Hyperlink();

    private final Messages messages;
    private final DomainText text;
    private final DisplayFormats formats;
    private final PointNodes points;
    private final NumberFormat percent = NumberFormat.getPercentInstance(Locale.getDefault(Locale.Category.FORMAT));

    DashboardCharts(Messages messages, DomainText text, DisplayFormats formats, PointNodes points) {
        this.messages = messages;
        this.text = text;
        this.formats = formats;
        this.points = points;
        label(weekly, "dashboard.chart.weekly", "dashboard.axis.week", "dashboard.axis.decisions");
        label(deadline, "dashboard.chart.deadline", "dashboard.axis.month", "dashboard.axis.decisions");
        label(approvalRate, "dashboard.chart.approvalRate", "dashboard.axis.element", "dashboard.axis.rate");
        label(elementKg, "dashboard.chart.elementKg", "dashboard.axis.element", "dashboard.axis.kg");
        label(countries, "dashboard.chart.countries", "dashboard.axis.country", "dashboard.axis.kg");
        countries.setTitle(messages.format("dashboard.chart.countries", DashboardService.COUNTRIES_SHOWN));
        label(age, "dashboard.chart.age", "dashboard.axis.age", "dashboard.axis.open");
        label(median, "dashboard.chart.median", "dashboard.axis.month", "dashboard.axis.medianDays");
        weekly.getStyleClass().add(UiStyles.DASHBOARD_OUTCOMES);
        deadline.getStyleClass().add(UiStyles.DASHBOARD_DEADLINE);
        for (XYChart<String, Number> single : List.of(approvalRate, elementKg, countries, age, median)) {
            single.setLegendVisible(false);
        }
        periodMedian.setId("periodMedian");
    }

    void show(Dashboard dashboard) {
        showWeeks(dashboard.weeks());
        showDeadline(dashboard.months());
        showElements(dashboard.elements());
        showCountries(dashboard.countries());
        showAges(dashboard.openByAge());
        showDurations(dashboard.durations());
    }

    private void showWeeks(List<Dashboard.WeekDecisions> weeks) {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (int i = 0; i < DashboardService.OUTCOMES.size(); i++) {
            ApplicationStatus outcome = DashboardService.OUTCOMES.get(i);
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(text.status(outcome));
            for (Dashboard.WeekDecisions week : weeks) {
                Dashboard.OutcomeCount count = week.outcomes().get(i);
                series.getData().add(point(week.week(), count.count(), messages.format("dashboard.tip.week",
                        week.week(), formats.date(week.first()), formats.date(week.last()), series.getName(),
                        count.count()), count.trace()));
            }
            all.add(series);
        }
        fillStacked(weekly, weeks.stream().map(Dashboard.WeekDecisions::week).toList(), all);
    }

    private void showDeadline(List<Dashboard.MonthDeadline> months) {
        XYChart.Series<String, Number> within = named("dashboard.series.within");
        XYChart.Series<String, Number> late = named("dashboard.series.late");
        List<String> categories = new ArrayList<>();
        for (Dashboard.MonthDeadline month : months) {
            String category = month.share().isPresent()
                    ? messages.format("dashboard.month.share", month.month().toString(), percent(month.share()))
                    : month.month().toString();
            categories.add(category);
            within.getData().add(point(category, month.within(), messages.format("dashboard.tip.within",
                    month.month().toString(), month.within(), month.within() + month.late()), month.withinTrace()));
            late.getData().add(point(category, month.late(), messages.format("dashboard.tip.late",
                    month.month().toString(), month.late(), month.within() + month.late()), month.lateTrace()));
        }
        fillStacked(deadline, categories, List.of(within, late));
    }

    private void showElements(List<Dashboard.ElementFigures> elements) {
        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        XYChart.Series<String, Number> kilograms = new XYChart.Series<>();
        for (Dashboard.ElementFigures element : elements) {
            OptionalDouble rate = element.approvalRate();
            rates.getData().add(point(element.element(), rate.orElse(0) * 100, messages.format("dashboard.tip.rate",
                    element.element(), percent(rate), element.approved(), element.approved() + element.denied()),
                    element.decisions()));
            String tip = messages.format("dashboard.tip.elementKg", element.element(),
                    formats.quantity(element.approvedKg()), element.approved());
            if (element.approvedPieces().signum() > 0) {
                tip = tip + "\n" + messages.format("dashboard.tip.pieces", formats.quantity(element.approvedPieces()));
            }
            kilograms.getData().add(point(element.element(), element.approvedKg(), tip, element.approvals()));
        }
        fill(approvalRate, List.of(rates));
        fill(elementKg, List.of(kilograms));
    }

    private void showCountries(List<Dashboard.CountryFigures> figures) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Dashboard.CountryFigures country : figures) {
            series.getData().add(point(country.country(), country.approvedKg(), messages.format(
                    "dashboard.tip.country", text.country(country.country()), formats.quantity(country.approvedKg()),
                    country.approved()), country.trace()));
        }
        fill(countries, List.of(series));
    }

    private void showAges(List<Dashboard.AgeBucket> buckets) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Dashboard.AgeBucket bucket : buckets) {
            String category = bucket.withoutLimit() ? messages.get("dashboard.age.noLimit")
                    : DashboardViewModel.ageCategory(messages, bucket.fromDays(), bucket.toDays());
            series.getData().add(point(category, bucket.count(), messages.format("dashboard.tip.age", category,
                    bucket.count()), bucket.trace()));
        }
        fill(age, List.of(series));
    }

    private void showDurations(Dashboard.DecisionDurations durations) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Dashboard.MonthDuration month : durations.months()) {
            if (month.median().isPresent()) {
                series.getData().add(point(month.month().toString(), month.median().getAsDouble(), messages.format(
                        "dashboard.tip.median", month.month().toString(), days(month.median()), month.decisions()),
                        month.trace()));
            }
        }
        fill(median, List.of(series));
        periodMedian.setText(durations.median().isPresent()
                ? messages.format("dashboard.median.period", days(durations.median()), durations.decisions())
                : messages.get("dashboard.median.none"));
        periodMedian.setDisable(durations.median().isEmpty());
        periodMedian.setUserData(durations.trace());
    }

    private XYChart.Data<String, Number> point(String category, Number value, String tip, Trace trace) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        boolean visible = value instanceof BigDecimal decimal ? decimal.signum() > 0 : value.doubleValue() > 0;
        data.setNode(points.node(tip, trace, visible));
        return data;
    }

    private XYChart.Series<String, Number> named(String key) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(key));
        return series;
    }

    private static void fill(XYChart<String, Number> chart, List<XYChart.Series<String, Number>> series) {
        chart.getData().setAll(series);
    }

    /** Categories first, so every week or month keeps its place even where the first series has nothing. */
    private static void fillStacked(StackedBarChart<String, Number> chart, List<String> categories,
            List<XYChart.Series<String, Number>> series) {
        chart.getData().clear();
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(categories));
        chart.getData().setAll(series);
    }

    private void label(XYChart<String, Number> chart, String title, String xAxis, String yAxis) {
        chart.setTitle(messages.get(title));
        chart.getXAxis().setLabel(messages.get(xAxis));
        chart.getYAxis().setLabel(messages.get(yAxis));
    }

    private String percent(OptionalDouble share) {
        return share.isPresent() ? percent.format(share.getAsDouble()) : "\u2013";
    }

    private String days(OptionalDouble median) {
        return formats.quantity(BigDecimal.valueOf(median.orElse(0)));
    }
}
