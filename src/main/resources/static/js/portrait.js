// Diagnostic portrait: radar of the needs' scores (0–1). Only needs with a score are axes: a need without score
// is shown as missing in the table, never drawn as zero.
(function () {
  "use strict";
  function init() {
    var el = document.getElementById("radar");
    if (!el || typeof echarts === "undefined") return;
    var needs = JSON.parse(el.dataset.needs || "[]").filter(function (n) { return n.score !== "-"; });
    if (needs.length < 3) { el.hidden = true; return; }
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: {},
      radar: {
        radius: "58%",
        indicator: needs.map(function (n) { return { name: n.besoin, max: 1 }; }),
        axisName: { color: "#1d2528", fontSize: 11 }
      },
      series: [{
        type: "radar",
        data: [{ name: "Score", value: needs.map(function (n) { return n.score; }),
          areaStyle: { color: "rgba(34,112,90,0.25)" }, lineStyle: { color: "#1b5e4a" }, itemStyle: { color: "#1b5e4a" } }],
        connectNulls: false
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
