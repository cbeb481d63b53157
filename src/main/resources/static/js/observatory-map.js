// National choropleth of an indicator on our own boundaries (overseas départements inset; no tile server).
(function () {
  "use strict";
  var COLORS = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"];
  function fmt(v, d) { return v.toLocaleString("fr-FR", { minimumFractionDigits: d, maximumFractionDigits: d }); }
  function init() {
    var el = document.getElementById("carte");
    var status = document.getElementById("carte-etat");
    var legend = document.getElementById("carte-legende");
    if (!el || typeof L === "undefined") return;
    var decimals = parseInt(el.dataset.decimals || "2", 10);
    var map = L.map(el, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Contours IGN ADMIN EXPRESS — Licence Ouverte 2.0");
    Promise.all([
      fetch(el.dataset.geojson).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }),
      fetch(el.dataset.values).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    ]).then(function (res) {
      var geo = res[0], values = res[1];
      var sorted = Object.keys(values).map(function (k) { return values[k]; }).sort(function (a, b) { return a - b; });
      var breaks = [0.2, 0.4, 0.6, 0.8].map(function (p) { return sorted[Math.floor(p * (sorted.length - 1))]; });
      function color(v) {
        if (v == null) return "#d9d9d9";
        var i = 0; while (i < breaks.length && v > breaks[i]) i++;
        return COLORS[i];
      }
      var layer = L.geoJSON(geo, {
        style: function (f) { return { color: "#5f6b68", weight: 0.5, fillColor: color(values[f.properties.code]), fillOpacity: 0.9 }; },
        onEachFeature: function (f, l) {
          var v = values[f.properties.code];
          l.bindTooltip(f.properties.nom + " : " + (v == null ? "pas de valeur" : fmt(v, decimals) + " " + el.dataset.unit), { sticky: true });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [4, 4] });
      var lower = sorted.length ? sorted[0] : 0;
      legend.innerHTML = "";
      COLORS.forEach(function (c, i) {
        var from = i === 0 ? lower : breaks[i - 1], to = i < breaks.length ? breaks[i] : sorted[sorted.length - 1];
        var s = document.createElement("span");
        var sw = document.createElement("i"); sw.style.background = c; s.appendChild(sw);
        s.appendChild(document.createTextNode(fmt(from, decimals) + " – " + fmt(to, decimals)));
        legend.appendChild(s);
      });
      var none = document.createElement("span"); var sw = document.createElement("i"); sw.style.background = "#d9d9d9";
      none.appendChild(sw); none.appendChild(document.createTextNode("pas de valeur")); legend.appendChild(none);
      status.textContent = "Classes : quintiles des " + sorted.length + " territoires.";
    }).catch(function () { status.textContent = "La carte n'a pas pu être chargée ; les valeurs figurent dans les tableaux."; });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
