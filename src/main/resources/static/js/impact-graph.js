// Graph of the impact chains (/aleas/chaines), on a circle: the needs and their dependencies (arrow from the need depended on to
// the need that depends on it, width by weight) and, for the hazard chosen in the select, its direct hits. Hovering or
// tapping an edge shows its justification in the tooltip and in the live region below the chart. The tables of the
// page give the same edges in text: they are the accessible alternative.
(function () {
  "use strict";
  var NEED = "#1b5e4a", HAZARD = "#b35c00";
  function init() {
    var el = document.getElementById("graphe-chaines");
    if (!el || typeof echarts === "undefined") return;
    var graph = JSON.parse(el.dataset.graph || "{}");
    var select = document.getElementById("graphe-alea");
    var detail = document.getElementById("graphe-detail");
    var narrow;
    var chart = echarts.init(el, null, { renderer: "svg" });
    function render() {
      narrow = el.clientWidth < 520;
      var chosen = select ? select.value : "";
      var shown = function (id) { return chosen === "*" || id === chosen; };
      var nodes = graph.noeuds.filter(function (n) { return n.type === "besoin" || shown(n.id); }).map(function (n) {
        var need = n.type === "besoin";
        return { id: n.id, name: n.nom, category: need ? 0 : 1, symbolSize: need ? (narrow ? 16 : 24) : (narrow ? 12 : 18),
          symbol: need ? "circle" : "diamond", label: { show: true, fontSize: narrow ? 8 : 11, width: narrow ? 62 : 190, overflow: "truncate" } };
      });
      var links = graph.liens.filter(function (l) { return l.type === "dependance" || shown(l.source); }).map(function (l) {
        return { source: l.source, target: l.target, value: l.poids, texte: l.texte,
          lineStyle: { width: 1 + l.poids * 10, color: l.type === "dependance" ? "#5d6b66" : HAZARD, opacity: 0.75, curveness: 0.15 } };
      });
      chart.setOption({
        aria: { enabled: true }, animation: false,
        tooltip: { confine: true, extraCssText: "max-width:18rem;white-space:normal;",
          formatter: function (p) { return p.dataType === "edge" ? p.data.texte : p.name; } },
        legend: { data: ["Besoin", "Aléa"], bottom: 0 },
        series: [{
          type: "graph", layout: "circular", circular: { rotateLabel: true },
          top: narrow ? 70 : 120, bottom: narrow ? 80 : 160, left: narrow ? 72 : 200, right: narrow ? 72 : 200,
          label: { position: "right", color: "#1d2528" },
          categories: [{ name: "Besoin", itemStyle: { color: NEED } }, { name: "Aléa", itemStyle: { color: HAZARD } }],
          edgeSymbol: ["none", "arrow"], edgeSymbolSize: 8,
          emphasis: { focus: "adjacency" },
          data: nodes, links: links
        }]
      }, true);
    }
    chart.on("click", function (p) { if (p.dataType === "edge" && detail) detail.textContent = p.data.texte; });
    chart.on("mouseover", function (p) { if (p.dataType === "edge" && detail) detail.textContent = p.data.texte; });
    if (select) select.addEventListener("change", render);
    render();
    window.addEventListener("resize", function () { chart.resize(); render(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
