// Radar of the 6 principles of the Boussole de la résilience: each principle's coverage from 0 (centre) to 1 (edge),
// our reading convention (the share of its 3 levers treated; the Boussole gives no official score). The table next to
// the chart gives the same figures; labels are wrapped so that none is cut on a phone.
(function () {
  "use strict";
  function wrap(text, width) {
    var lines = [], line = "";
    text.split(" ").forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }
  function init() {
    var el = document.getElementById("boussole-radar");
    if (!el || typeof echarts === "undefined") return;
    var principles = JSON.parse(el.dataset.principles || "[]");
    if (principles.length < 3) { el.hidden = true; return; }
    var narrow = el.clientWidth < 420;
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { valueFormatter: function (v) { return Math.round(v * 100) + " %"; } },
      radar: {
        radius: narrow ? "44%" : "62%",
        indicator: principles.map(function (p) { return { name: wrap(p.principe, narrow ? 14 : 24), max: 1 }; }),
        axisName: { color: "#1f2d2a", fontSize: narrow ? 9 : 12, lineHeight: narrow ? 11 : 14 }
      },
      series: [{ type: "radar", data: [{ name: "Couverture", value: principles.map(function (p) { return p.part; }),
        areaStyle: { color: "rgba(34,112,90,0.25)" }, lineStyle: { color: "#1b5e4a" }, itemStyle: { color: "#1b5e4a" } }] }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
