/* Map of the Kommunen behind the filtered case studies.
   Tiles come from OpenStreetMap, so nothing is requested from there until the visitor asks
   for the map by pressing "Karte laden". The list below the map stays the accessible way
   through the same case studies; the map reads its markers from the JSON the list renders,
   so it follows the filters after every htmx swap. */
(function () {
  "use strict";

  var section = document.querySelector("[data-map]");
  if (!section || !window.L) {
    return;
  }
  var button = section.querySelector("[data-map-load]");
  var canvas = section.querySelector("[data-map-canvas]");
  var map = null;
  var markers = null;

  function readPoints() {
    var data = document.getElementById("case-study-map-data");
    return data ? JSON.parse(data.textContent) : [];
  }

  function popupFor(point) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = point.kommune;
    box.appendChild(title);
    var list = document.createElement("ul");
    point.case_studies.forEach(function (caseStudy) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = caseStudy.url;
      link.textContent = caseStudy.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function drawMarkers() {
    markers.clearLayers();
    var bounds = [];
    readPoints().forEach(function (point) {
      var position = [point.lat, point.lon];
      window.L.marker(position, { title: point.kommune, alt: point.kommune, keyboard: true })
        .bindPopup(popupFor(point))
        .addTo(markers);
      bounds.push(position);
    });
    if (bounds.length) {
      map.fitBounds(bounds, { maxZoom: 10, padding: [24, 24] });
    }
  }

  function loadMap() {
    button.hidden = true;
    canvas.hidden = false;
    map = window.L.map(canvas, { scrollWheelZoom: false }).setView([51.16, 10.45], 6);
    window.L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution:
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    markers = window.L.layerGroup().addTo(map);
    drawMarkers();
  }

  button.hidden = false;
  button.addEventListener("click", loadMap);
  document.body.addEventListener("htmx:afterSettle", function (event) {
    if (map && event.target.id === "case-study-results") {
      drawMarkers();
    }
  });
})();
