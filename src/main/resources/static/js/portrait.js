// Diagnostic portrait: radar of the needs' scores (0–1), with the median and quartiles of similar territories and a
// reference territory when the visitor chose one. Only needs with a score are axes: a need without score is shown as
// missing in the tables, never drawn as zero. The comparison table gives the same values.
(function () {
  "use strict";
  function values(needs, key) {
    return needs.map(function (n) { return n[key] === null || n[key] === undefined ? "-" : n[key]; });
  }
  function line(name, value, color, type, width) {
    return { name: name, value: value, symbol: "none",
      lineStyle: { color: color, type: type, width: width }, itemStyle: { color: color } };
  }
  function init() {
    var el = document.getElementById("radar");
    if (!el || typeof echarts === "undefined") return;
    var needs = JSON.parse(el.dataset.needs || "[]").filter(function (n) { return n.score !== "-"; });
    if (needs.length < 3) { el.hidden = true; return; }
    var data = [{ name: "Ce territoire", value: values(needs, "score"),
      areaStyle: { color: "rgba(34,112,90,0.25)" }, lineStyle: { color: "#1b5e4a" }, itemStyle: { color: "#1b5e4a" } }];
    if (needs.some(function (n) { return n.mediane !== null; })) {
      data.push(line("Médiane des territoires semblables", values(needs, "mediane"), "#4a4f8c", "dashed", 2));
      data.push(line("1er quartile", values(needs, "q1"), "#8a8fc4", "solid", 1));
      data.push(line("3e quartile", values(needs, "q3"), "#8a8fc4", "solid", 1));
    }
    if (needs.some(function (n) { return n.reference !== null; }))
      data.push(line("Territoire de référence", values(needs, "reference"), "#b35c00", "solid", 2));
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: {},
      legend: { bottom: 0, data: data.map(function (d) { return d.name; }), textStyle: { fontSize: 11 } },
      radar: {
        radius: "58%",
        indicator: needs.map(function (n) { return { name: n.besoin, max: 1 }; }),
        axisName: { color: "#1d2528", fontSize: 11 }
      },
      series: [{ type: "radar", data: data, connectNulls: false }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
