// Bar charts of a survey's synthesis page: one per question, from the JSON in data-chart (labels, values, whether the
// bars are horizontal). Horizontal bars keep long choice labels readable on a phone; a scale's notes 1 to 5 stand
// upright. Each chart is an image for assistive technologies: the table that follows it gives the same numbers.
(function () {
  "use strict";
  function wrap(text, width) {
    var lines = [], line = "";
    String(text).split(" ").forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }
  function draw(el) {
    var data = JSON.parse(el.dataset.chart);
    var narrow = el.clientWidth < 520;
    var width = narrow ? 16 : 30;
    var labels = data.labels.map(function (l) { return wrap(l, width); });
    if (data.horizontal) {
      var lines = labels.reduce(function (n, l) { return n + l.split("\n").length; }, 0);
      el.style.height = Math.max(120, labels.length * 30 + (lines - labels.length) * 13 + 40) + "px";
    }
    var category = { type: "category", data: labels, inverse: !!data.horizontal,
      axisLabel: { fontSize: 11, lineHeight: 13, interval: 0, color: "#1d2528" } };
    var value = { type: "value", minInterval: 1, axisLabel: { color: "#1d2528" } };
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: data.horizontal ? value : category,
      yAxis: data.horizontal ? category : value,
      series: [{ type: "bar", name: data.serie, data: data.valeurs, itemStyle: { color: "#1b5e4a" },
        label: { show: true, position: data.horizontal ? "right" : "top", color: "#1d2528" } }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  function init() {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll(".survey-chart[data-chart]").forEach(draw);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
