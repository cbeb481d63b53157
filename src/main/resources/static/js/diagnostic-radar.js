// Radar of a Diagnostic 360°'s needs (0–1), on the pre-filled portrait and on an online diagnostic's portrait. Needs
// are grouped by category (vitaux, essentiels, induits) when the data says it, each axis name is coloured by its score
// on the red–yellow–green scale and wrapped so that no label is cut, even on a phone. Only needs with a score are axes:
// a need without score is shown as missing in the tables, never drawn as zero. When present, the median and quartiles
// of similar territories and a reference territory are drawn as lines; the comparison table gives the same values.
(function () {
  "use strict";
  var ORDER = { "Vitaux": 0, "Essentiels": 1, "Induits": 2 };
  var COLOURS = ["#8a1c0c", "#8a4b0a", "#6b5a00", "#3d6b1a", "#1b5e4a"];
  function wrap(text, width) {
    var lines = [], line = "";
    text.split(" ").forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }
  function values(needs, key) {
    return needs.map(function (n) { return n[key] === null || n[key] === undefined ? "-" : n[key]; });
  }
  function line(name, value, color, type, width) {
    return { name: name, value: value, symbol: "none",
      lineStyle: { color: color, type: type, width: width }, itemStyle: { color: color } };
  }
  function has(needs, key) {
    return needs.some(function (n) { return n[key] !== null && n[key] !== undefined; });
  }
  function init() {
    var el = document.getElementById("radar");
    if (!el || typeof echarts === "undefined") return;
    var needs = JSON.parse(el.dataset.needs || "[]").filter(function (n) { return n.score !== "-"; });
    if (needs.length < 3) { el.hidden = true; return; }
    needs.sort(function (a, b) { return (ORDER[a.categorie] || 0) - (ORDER[b.categorie] || 0); });
    var narrow = el.clientWidth < 520;
    var data = [{ name: el.dataset.label || "Ce territoire", value: values(needs, "score"),
      areaStyle: { color: "rgba(34,112,90,0.25)" }, lineStyle: { color: "#1b5e4a" }, itemStyle: { color: "#1b5e4a" } }];
    if (has(needs, "mediane")) {
      data.push(line("Médiane des territoires semblables", values(needs, "mediane"), "#4a4f8c", "dashed", 2));
      data.push(line("1er quartile", values(needs, "q1"), "#8a8fc4", "solid", 1));
      data.push(line("3e quartile", values(needs, "q3"), "#8a8fc4", "solid", 1));
    }
    if (has(needs, "reference")) data.push(line("Territoire de référence", values(needs, "reference"), "#b35c00", "solid", 2));
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: {},
      legend: data.length > 1 ? { bottom: 0, data: data.map(function (d) { return d.name; }), textStyle: { fontSize: 11 } } : undefined,
      radar: {
        radius: narrow ? "46%" : "58%",
        center: ["50%", data.length > 1 ? "45%" : "50%"],
        indicator: needs.map(function (n) {
          return { name: wrap(n.besoin, narrow ? 12 : 18) + (n.categorie ? "\n(" + n.categorie.toLowerCase() + ")" : ""),
            max: 1, color: COLOURS[Math.min(4, Math.floor(n.score * 5))] };
        }),
        axisName: { fontSize: narrow ? 9 : 11, lineHeight: narrow ? 11 : 13 }
      },
      series: [{ type: "radar", data: data, connectNulls: false }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
