// Online diagnostic: radar of the 11 needs (0–1), grouped by category (vitaux, essentiels, induits), each axis name
// coloured by its score on the red–yellow–green scale and wrapped so that no label is cut, even on a phone. Needs
// without a score are left out of the axes (shown as « non calculé » in the table beside, never as zero). Extra
// series (data-series: [{nom, valeurs: {besoin: score}}]) are drawn as dashed lines for comparison.
(function () {
  "use strict";
  var ORDER = { "Vitaux": 0, "Essentiels": 1, "Induits": 2 };
  var COLOURS = ["#8a1c0c", "#8a4b0a", "#6b5a00", "#3d6b1a", "#1b5e4a"];
  function wrap(text, width) {
    var words = text.split(" "), lines = [], line = "";
    words.forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines.join("\n");
  }
  function init() {
    var el = document.getElementById("radar");
    if (!el || typeof echarts === "undefined") return;
    var needs = JSON.parse(el.dataset.needs || "[]").filter(function (n) { return n.score !== "-"; });
    if (needs.length < 3) { el.hidden = true; return; }
    needs.sort(function (a, b) { return (ORDER[a.categorie] || 0) - (ORDER[b.categorie] || 0); });
    var extra = JSON.parse(el.dataset.series || "[]");
    var narrow = el.clientWidth < 520;
    var chart = echarts.init(el, null, { renderer: "svg" });
    var series = [{ name: "Score", value: needs.map(function (n) { return n.score; }),
      areaStyle: { color: "rgba(34,112,90,0.25)" }, lineStyle: { color: "#1b5e4a" }, itemStyle: { color: "#1b5e4a" } }];
    extra.forEach(function (s) {
      series.push({ name: s.nom, value: needs.map(function (n) { var v = s.valeurs[n.besoin]; return v == null ? "-" : v; }),
        lineStyle: { type: "dashed", color: "#4a565b" }, itemStyle: { color: "#4a565b" }, symbolSize: 3 });
    });
    chart.setOption({
      aria: { enabled: true },
      tooltip: {},
      legend: extra.length ? { bottom: 0, data: series.map(function (s) { return s.name; }) } : undefined,
      radar: {
        radius: narrow ? "48%" : "60%",
        center: ["50%", extra.length ? "46%" : "50%"],
        indicator: needs.map(function (n) {
          return { name: wrap(n.besoin, narrow ? 12 : 18) + "\n(" + n.categorie.toLowerCase() + ")", max: 1,
            color: COLOURS[Math.min(4, Math.floor(n.score * 5))] };
        }),
        axisName: { fontSize: narrow ? 9 : 11, lineHeight: narrow ? 11 : 13 }
      },
      series: [{ type: "radar", data: series }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
