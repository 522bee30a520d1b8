/* geo-events map drawing: turns the payload written by geo_events.render into Leaflet layers.
 *
 * Every string that reaches innerHTML here (popups, tooltips, legend, notes, title) was escaped
 * in Python; strings built here from compact rows go through textContent only.
 */
(function () {
  "use strict";
  if (window.geoEvents) { return; }

  function svgPin(color, dashed) {
    return '<svg width="24" height="34" viewBox="0 0 24 34" aria-hidden="true">' +
      '<path d="M12 1C6 1 1.5 5.5 1.5 11.5 1.5 19 12 33 12 33S22.5 19 22.5 11.5C22.5 5.5 18 1 12 1z" fill="' +
      color + '" stroke="#222" stroke-width="1.5"' + (dashed ? ' stroke-dasharray="3 2"' : '') + '/>' +
      '<circle cx="12" cy="11.5" r="4" fill="#fff"/></svg>';
  }

  function svgLaunch(estimated) {
    // A diamond with an up-stroke: "fired from here"; hollow and dashed when the point is estimated.
    var fill = estimated ? "rgba(255,255,255,0.85)" : "#444";
    var dash = estimated ? ' stroke-dasharray="3 2"' : '';
    return '<svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">' +
      '<path d="M0,-9 L9,0 L0,9 L-9,0 Z" fill="' + fill + '" stroke="#222" stroke-width="1.6"' + dash + '/>' +
      '<path d="M0,4 L0,-5 M-3,-2 L0,-5 L3,-2" stroke="' + (estimated ? "#222" : "#fff") +
      '" stroke-width="1.6" fill="none"/></svg>';
  }

  function svgArrow(bearing, color) {
    // Tip of the triangle at the icon's centre (the impact point), rotated to the final bearing.
    return '<svg class="ge-arrowhead" width="20" height="20" viewBox="-10 -10 20 20" ' +
      'style="transform:rotate(' + bearing.toFixed(1) + 'deg)" aria-hidden="true">' +
      '<path d="M0,0 L-5.5,11 L0,8 L5.5,11 Z" fill="' + color + '" stroke="#fff" stroke-width="0.8"/></svg>';
  }

  function control(map, position, className, html) {
    var C = L.Control.extend({
      onAdd: function () {
        var div = L.DomUtil.create("div", "ge-panel " + className);
        div.innerHTML = html;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    return new C({ position: position }).addTo(map);
  }

  function drawBasemap(map, group, P) {
    if (!P.basemap) { return; }
    map.createPane("geBasemap").style.zIndex = 150;
    map.createPane("geTowns").style.zIndex = 350;
    L.geoJSON(P.basemap, {
      pane: "geBasemap", interactive: false,
      style: { color: "#9a9a9a", weight: 0.8, fillColor: "#f5f2ea", fillOpacity: 1 }
    }).addTo(group);
    (P.towns || []).forEach(function (t) {
      // t[2] was escaped in Python; the label sits to the right of the town's dot.
      var icon = L.divIcon({ className: "ge-town", html: "<span>\u2022 " + t[2] + "</span>",
                             iconSize: null, iconAnchor: [3, 8] });
      var m = L.marker([t[0], t[1]], { icon: icon, pane: "geTowns", interactive: false, keyboard: false });
      m.addTo(group);
    });
  }

  function drawEvent(e, P, g, lookup) {
    var type = P.types[e.t] || { color: "#555" };
    var cls = "ge-event ge-event-" + e.cls + (e.low ? " ge-lowconf" : "");
    var layer;
    if (e.shape === "pin") {
      layer = L.marker([e.lat, e.lon], {
        icon: L.divIcon({ className: "ge-pin " + cls, html: svgPin(type.color, e.low),
                          iconSize: [24, 34], iconAnchor: [12, 33], popupAnchor: [0, -30] }),
        riseOnHover: true
      });
    } else if (e.shape === "dot") {
      layer = L.circleMarker([e.lat, e.lon], {
        radius: 8, color: "#222", weight: 1.5, fillColor: type.color,
        fillOpacity: e.low ? 0.35 : 0.9, opacity: e.low ? 0.6 : 1,
        dashArray: e.low ? "3 3" : null, className: cls
      });
    } else {
      var style = { color: type.color, weight: 2, fillColor: type.color, fillOpacity: e.low ? 0.08 : 0.18,
                    dashArray: e.low ? "6 5" : null, className: cls };
      if (e.poly) {
        layer = L.geoJSON(e.poly, { style: function () { return style; } });
      } else {
        layer = L.circle([e.lat, e.lon], L.extend({ radius: e.r }, style));
      }
    }
    if (e.popup) { layer.bindPopup(e.popup, { maxWidth: 400, minWidth: 260 }); }
    if (e.tip) { layer.bindTooltip(e.tip, { direction: "top", sticky: e.shape === "area" }); }
    layer.addTo(g.events);
    if (e.shape === "area") {
      // An area is invisible when zoomed out: a small dot marks its centre.
      var dot = L.circleMarker([e.lat, e.lon], { radius: 4, color: "#222", weight: 1, fillColor: type.color,
                                                 fillOpacity: 0.9, className: "ge-event-centre" });
      if (e.popup) { dot.bindPopup(e.popup, { maxWidth: 400, minWidth: 260 }); }
      dot.addTo(g.events);
    }
    lookup[e.id] = layer;
  }

  function compactPopup(row, P) {
    // Compact rows carry plain text: built with textContent, never innerHTML.
    var div = document.createElement("div");
    div.className = "ge-popup";
    var h = document.createElement("h4");
    h.textContent = (P.types[row[2]] || { name: "event" }).name + " \u2014 " + row[4];
    var d = document.createElement("div");
    d.className = "ge-date";
    d.textContent = row[5];
    div.appendChild(h);
    div.appendChild(d);
    if (row[6]) {
      var c = document.createElement("div");
      c.textContent = "Projectiles: " + row[6];
      div.appendChild(c);
    }
    return div;
  }

  // Many events: one canvas layer that draws all points itself and hit-tests clicks, instead of
  // one Leaflet layer per event (100k circleMarkers take seconds to build; this takes milliseconds).
  var PointsLayer = L.Layer.extend({
    initialize: function (rows, P) {
      this._rows = rows;
      this._P = P;
      this._sx = new Float32Array(rows.length);
      this._sy = new Float32Array(rows.length);
      var byType = {};
      for (var i = 0; i < rows.length; i++) { (byType[rows[i][2]] = byType[rows[i][2]] || []).push(i); }
      this._byType = byType;
    },
    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "ge-points leaflet-zoom-hide");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("click", this._click, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("click", this._click, this);
    },
    _redraw: function () {
      var map = this._map, size = map.getSize(), c = this._canvas, rows = this._rows;
      var dpr = window.devicePixelRatio || 1;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      c.width = size.x * dpr; c.height = size.y * dpr;
      c.style.width = size.x + "px"; c.style.height = size.y + "px";
      var ctx = c.getContext("2d");
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#222";
      var sx = this._sx, sy = this._sy, R = 5;
      for (var t in this._byType) {
        var idx = this._byType[t];
        ctx.beginPath();
        for (var k = 0; k < idx.length; k++) {
          var i = idx[k], p = map.latLngToContainerPoint([rows[i][0], rows[i][1]]);
          if (p.x < -R || p.y < -R || p.x > size.x + R || p.y > size.y + R) { sx[i] = NaN; continue; }
          sx[i] = p.x; sy[i] = p.y;
          ctx.moveTo(p.x + R, p.y);
          ctx.arc(p.x, p.y, R, 0, 6.2832);
        }
        ctx.fillStyle = (this._P.types[t] || { color: "#555" }).color;
        ctx.globalAlpha = 0.85;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.stroke();
      }
    },
    _click: function (ev) {
      var x = ev.containerPoint.x, y = ev.containerPoint.y, best = -1, bestD = 64;
      for (var i = 0; i < this._rows.length; i++) {
        var dx = this._sx[i] - x, dy = this._sy[i] - y, d = dx * dx + dy * dy;
        if (d < bestD) { bestD = d; best = i; }
      }
      if (best < 0) { return; }
      var row = this._rows[best];
      L.popup({ maxWidth: 320 }).setLatLng([row[0], row[1]]).setContent(compactPopup(row, this._P))
        .openOn(this._map);
    }
  });

  function drawCompact(map, g, P) {
    new PointsLayer(P.rows, P).addTo(g.events);
  }

  function draw(map, g, P) {
    var container = map.getContainer();
    container.classList.add("ge-map");
    if (P.attribution) { map.attributionControl.addAttribution(P.attribution); }
    drawBasemap(map, g.basemap, P);

    (P.areas || []).forEach(function (a) {
      var l = L.geoJSON(a.geom, { style: function () {
        return { color: "#9467bd", weight: 1.2, dashArray: "4 4", fillColor: "#9467bd", fillOpacity: 0.15,
                 className: "ge-launch-area" }; } });
      if (a.tip) { l.bindTooltip(a.tip, { sticky: true }); }
      l.addTo(g.areas);
    });

    (P.trajectories || []).forEach(function (t) {
      var color = t.verdict === "beyond" ? "#d62728" : (t.verdict === "within" ? "#333" : "#666");
      var line = L.polyline(t.coords, {
        color: color, weight: 2.5, opacity: 0.9,
        dashArray: t.verdict === "beyond" ? "9 6" : (t.verdict === "unknown" ? "2 5" : null),
        className: "ge-trajectory ge-trajectory-" + t.verdict
      });
      if (t.tip) { line.bindTooltip(t.tip, { sticky: true }); }
      line.addTo(g.trajectories);
      var last = t.coords[t.coords.length - 1];
      L.marker(last, {
        icon: L.divIcon({ className: "ge-arrow", html: svgArrow(t.bearing, color), iconSize: [20, 20],
                          iconAnchor: [10, 10] }),
        interactive: false, keyboard: false
      }).addTo(g.trajectories);
    });

    (P.impacts || []).forEach(function (i) {
      var m = L.circleMarker([i.lat, i.lon], {
        radius: 5, color: "#111", weight: 1, fillColor: "#ffdd57", fillOpacity: 0.95, className: "ge-impact"
      });
      if (i.tip) { m.bindTooltip(i.tip, { direction: "right" }); }
      m.addTo(g.impacts);
      if (i.count !== null && i.count !== undefined) {
        L.marker([i.lat, i.lon], {
          icon: L.divIcon({ className: "ge-impact-count", html: "\u00d7" + i.count, iconSize: [24, 12],
                            iconAnchor: [-6, 16] }),
          interactive: false, keyboard: false
        }).addTo(g.impacts);
      }
    });

    (P.launches || []).forEach(function (l) {
      var m = L.marker([l.lat, l.lon], {
        icon: L.divIcon({ className: "ge-launch" + (l.estimated ? " ge-launch-estimated" : ""),
                          html: svgLaunch(l.estimated), iconSize: [22, 22], iconAnchor: [11, 11] })
      });
      if (l.popup) { m.bindPopup(l.popup, { maxWidth: 340 }); }
      if (l.tip) { m.bindTooltip(l.tip, { direction: "top" }); }
      m.addTo(g.launches);
    });

    var lookup = {};
    if (P.rows) { drawCompact(map, g, P); }
    (P.events || []).forEach(function (e) { drawEvent(e, P, g, lookup); });

    if (P.title) { control(map, "topright", "ge-title", P.title); }
    if (P.legend) { control(map, "bottomright", "ge-legend", P.legend); }
    if (P.notes) { control(map, "bottomleft", "ge-notes", P.notes); }

    if (P.bounds) {
      map.fitBounds(P.bounds, { padding: [40, 40], maxZoom: 11, animate: false });
    } else {
      map.setView([33.3, 44.4], 5, { animate: false });
    }
    container.setAttribute("data-ge-ready", "1");
    window.__geoEventsReady = (window.__geoEventsReady || 0) + 1;
    window.__geoEventsReadyAt = performance.now();  // read by bench/bench_map.py
    return lookup;
  }

  window.geoEvents = { draw: draw };
})();
