// Draws a territory's outline and its members' outlines from our own GeoJSON (no tile server: offline).
(function () {
  "use strict";
  function init() {
    var el = document.getElementById("carte");
    var status = document.getElementById("carte-etat");
    if (!el || typeof L === "undefined") return;
    var map = L.map(el, { zoomSnap: 0.25, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Contours IGN ADMIN EXPRESS — Licence Ouverte 2.0");
    fetch(el.dataset.geojson, { headers: { Accept: "application/geo+json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: function (f) {
            return f.properties.role === "territoire"
              ? { color: "#0b3d2e", weight: 3, fillColor: "#2e8b6d", fillOpacity: 0.12 }
              : { color: "#2e6f5a", weight: 1, fillColor: "#8fd1b8", fillOpacity: 0.35 };
          },
          onEachFeature: function (f, l) {
            var label = f.properties.nom + (f.properties.population != null
              ? " — " + f.properties.population.toLocaleString("fr-FR") + " hab." : "");
            l.bindTooltip(label, { sticky: true });
            if (f.properties.role === "membre") {
              l.on("click", function () { window.location.href = "/territoires/" + encodeURIComponent(f.properties.id); });
            }
          }
        }).addTo(map);
        var bounds = layer.getBounds();
        if (bounds.isValid()) { map.fitBounds(bounds, { padding: [8, 8] }); status.textContent = ""; }
        else { map.setView([46.6, 2.4], 5); status.textContent = "Pas de contour disponible pour ce territoire."; }
      })
      .catch(function () { status.textContent = "La carte n'a pas pu être chargée."; });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
