// Indicator page: distribution (ECharts), evolution (ECharts) and national choropleth (Leaflet, our GeoJSON).
(function () {
  "use strict";
  var fmt = function (v, d) {
    return v == null ? "—" : v.toLocaleString("fr-FR", { minimumFractionDigits: d, maximumFractionDigits: d });
  };
  var PALETTE = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"];

  function histogram() {
    var el = document.getElementById("distribution");
    if (!el || typeof echarts === "undefined") return;
    var bins = JSON.parse(el.dataset.bins || "[]");
    var unit = el.dataset.unit || "";
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 48, right: 12, top: 32, bottom: 40 },
      tooltip: { trigger: "axis", formatter: function (p) {
        var b = bins[p[0].dataIndex];
        return fmt(b.from, 1) + " à " + fmt(b.to, 1) + " " + unit + " : " + b.count + " territoires";
      } },
      xAxis: { type: "category", data: bins.map(function (b) { return fmt((b.from + b.to) / 2, 1); }),
        name: unit, nameLocation: "middle", nameGap: 28 },
      yAxis: { type: "value", name: "territoires" },
      series: [{ type: "bar", data: bins.map(function (b) { return b.count; }), itemStyle: { color: "#22705a" } }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function series() {
    var el = document.getElementById("serie");
    if (!el || typeof echarts === "undefined") return;
    var points = JSON.parse(el.dataset.series || "[]");
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 56, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: points.map(function (p) { return p.periode; }) },
      yAxis: { type: "value", name: el.dataset.unit || "" },
      series: [{ type: "line", data: points.map(function (p) { return p.valeur; }), itemStyle: { color: "#1b5e4a" } }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function choropleth() {
    var el = document.getElementById("carte-indicateur");
    var status = document.getElementById("carte-etat");
    if (!el || typeof L === "undefined") return;
    var decimals = parseInt(el.dataset.decimals || "1", 10);
    var unit = el.dataset.unit || "";
    var map = L.map(el, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Contours IGN ADMIN EXPRESS — Licence Ouverte 2.0");
    Promise.all([
      fetch(el.dataset.geojson).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }),
      fetch(el.dataset.values).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    ]).then(function (res) {
      var geo = res[0], values = res[1];
      // Classes chosen on the server (« Cartes de France »: data-legend, values {code: [class, text]}), else quintiles.
      var shading = el.dataset.legend ? serverClasses(JSON.parse(el.dataset.legend), values)
        : quintiles(values, decimals, unit);
      var layer = L.geoJSON(geo, {
        style: function (f) {
          var c = shading.classOf(f.properties.code);
          return { color: "#555", weight: 0.4, fillOpacity: 0.85,
            fillColor: c == null ? "#d9d9d9" : shading.legend[c].color };
        },
        onEachFeature: function (f, l) {
          l.bindTooltip(f.properties.nom + " : " + shading.text(f.properties.code), { sticky: true });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = L.DomUtil.create("div", "legend");
        var html = shading.title ? "<strong>" + shading.title + "</strong>" : "";
        shading.legend.concat([{ color: "#d9d9d9", label: "donnée absente" }]).forEach(function (c) {
          html += '<div><span class="swatch" style="background:' + c.color + '"></span>' + c.label + "</div>";
        });
        div.innerHTML = html;
        return div;
      };
      legend.addTo(map);
      status.textContent = "";
    }).catch(function () { status.textContent = "La carte n'a pas pu être chargée."; });
  }

  function quintiles(values, decimals, unit) {
    var sorted = Object.keys(values).map(function (k) { return values[k]; }).sort(function (a, b) { return a - b; });
    var breaks = [0.2, 0.4, 0.6, 0.8].map(function (q) { return sorted[Math.floor(q * (sorted.length - 1))]; });
    var edges = [sorted[0]].concat(breaks).concat([sorted[sorted.length - 1]]);
    return {
      title: unit,
      legend: PALETTE.map(function (color, i) {
        return { color: color, label: fmt(edges[i], decimals) + " – " + fmt(edges[i + 1], decimals) };
      }),
      classOf: function (code) {
        var v = values[code];
        if (v == null) return null;
        var i = 0; while (i < breaks.length && v > breaks[i]) i++; return i;
      },
      text: function (code) { var v = values[code]; return v == null ? "donnée absente" : fmt(v, decimals) + " " + unit; }
    };
  }

  function serverClasses(legend, values) {
    return {
      title: "",
      legend: legend,
      classOf: function (code) { return values[code] ? values[code][0] : null; },
      text: function (code) { return values[code] ? values[code][1] : "donnée absente"; }
    };
  }

  function init() { histogram(); series(); choropleth(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
