/* chitieu charts: draw the ECharts charts whose data the page carries in <script type="application/json"> blocks.
   Every number drawn here is also in a table on the page; the charts only add a picture of it. */
(function () {
  "use strict";

  var number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
  var css = getComputedStyle(document.documentElement);
  function colour(name, fallback) {
    return (css.getPropertyValue("--" + name) || "").trim() || fallback;
  }
  var INK = colour("ink", "#1d2330");
  var MUTED = colour("muted", "#5c6577");
  var ACCENT = colour("accent", "#a4161a");
  var OFFICIAL = "#174ea6";

  function read(element) {
    var source = document.getElementById(element.dataset.chart);
    return source ? JSON.parse(source.textContent) : null;
  }

  function year(value) {
    return String(value);
  }

  function withUnit(value, unit) {
    if (value === null || value === undefined) return "—";
    var text = number.format(value);
    if (!unit) return text;
    return unit.charAt(0) === "%" || unit === "‰" ? text + unit : text + " " + unit;
  }

  function line(name, data, style) {
    return Object.assign({ name: name, type: "line", data: data, connectNulls: true }, style);
  }

  function valuesOptions(data) {
    var names = data.names;
    var series = [];
    if (data.path.length) {
      series.push(line(names.path, data.path, {
        symbol: "none", lineStyle: { type: "dashed", width: 1.5, color: MUTED }, itemStyle: { color: MUTED }, z: 1
      }));
    }
    if (data.target) {
      series.push(line(names.target, data.target, {
        symbol: "none", lineStyle: { width: 2, color: ACCENT }, itemStyle: { color: ACCENT }, z: 2
      }));
    }
    var before = data.before && data.before.length ? line(names.before, data.before, {
      symbol: "circle", symbolSize: 7, lineStyle: { width: 2.5, color: MUTED }, itemStyle: { color: MUTED }, z: 4
    }) : null;
    if (before) series.push(before);
    var official = line(names.official, data.official, {
      symbol: "circle", symbolSize: 8, lineStyle: { width: 3, color: OFFICIAL }, itemStyle: { color: OFFICIAL }, z: 4
    });
    if (data["break"]) {
      /* The day the unit was formed by merger: before it, the figures are its predecessors' roll-up. */
      (before || official).markLine = {
        symbol: "none", silent: true, lineStyle: { type: "solid", width: 1.5, color: INK },
        label: { formatter: data["break"].label, color: INK, position: "insideEndTop" },
        data: [{ xAxis: data["break"].x }]
      };
    }
    series.push(official);
    if (data.estimate.length) {
      series.push(line(names.estimate, data.estimate, {
        symbol: "emptyCircle", symbolSize: 9, lineStyle: { width: 2.5, type: "dashed", color: OFFICIAL },
        itemStyle: { color: OFFICIAL, borderWidth: 2 }, z: 4
      }));
    }
    if (data.projection) {
      series.push(line(names.projection, data.projection, {
        symbol: "emptyTriangle", symbolSize: 10, lineStyle: { width: 2, type: "dotted", color: colour("hard", "#c2410c") },
        itemStyle: { color: colour("hard", "#c2410c") }, z: 3
      }));
    }
    if (data.plans.length) {
      series.push({
        name: names.plan, type: "scatter", data: data.plans, symbol: "diamond", symbolSize: 11,
        itemStyle: { color: colour("near", "#a86800") }, z: 5
      });
    }
    return {
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0, type: "scroll", textStyle: { color: INK } },
      tooltip: {
        trigger: "item",
        formatter: function (p) {
          var extra = p.value.length > 2 && p.value[2] ? " (" + p.value[2] + ")" : "";
          return p.seriesName + extra + "<br>" + year(p.value[0]) + ": " + withUnit(p.value[1], data.unit);
        }
      },
      xAxis: {
        type: "value", min: "dataMin", max: "dataMax", minInterval: 1, interval: 1,
        axisLabel: { color: MUTED, formatter: function (v) { return String(v); } }
      },
      yAxis: {
        type: "value", scale: true, name: data.unit, nameTextStyle: { color: MUTED, align: "left" },
        axisLabel: { color: MUTED, formatter: function (v) { return number.format(v); } }
      },
      series: series
    };
  }

  function barsOptions(data) {
    var bars = data.values.map(function (value, i) {
      return { value: value, itemStyle: { color: colour(data.statuses[i], MUTED) }, status: data.labels[i] };
    });
    return {
      animation: false,
      textStyle: { fontFamily: "inherit" },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: function (p) { return p.name + ": " + withUnit(p.value, data.unit) + "<br>" + p.data.status; }
      },
      xAxis: { type: "value", axisLabel: { color: MUTED, formatter: function (v) { return number.format(v); } } },
      yAxis: { type: "category", data: data.names, inverse: true, axisLabel: { color: INK, width: 110, overflow: "truncate" } },
      series: [{
        type: "bar", data: bars, barMaxWidth: 22,
        label: { show: true, position: "right", color: INK, formatter: function (p) { return number.format(p.value); } }
      }]
    };
  }

  function draw(element) {
    var data = read(element);
    if (!data || typeof echarts === "undefined") return;
    if (element.dataset.kind === "bars") {
      element.style.height = Math.max(160, data.names.length * 30 + 40) + "px";
    }
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption(element.dataset.kind === "bars" ? barsOptions(data) : valuesOptions(data));
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
