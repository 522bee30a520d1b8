/* geo-events map drawing: turns the payload written by geo_events.render into Leaflet layers, and adds
 * the map's own controls (date filter, measure, full screen). No plugin, no request: everything is here.
 *
 * Every string that reaches innerHTML here (popups, tooltips, legend, notes, title, boundary names) was
 * escaped in Python; strings built here from compact columns or numbers go through textContent only.
 */
(function () {
  "use strict";
  if (window.geoEvents) { return; }

  var DAY_MS = 86400000;

  function mark(name) { if (window.performance && performance.mark) { performance.mark(name); } }

  function isoDay(d) { return new Date(d * DAY_MS).toISOString().slice(0, 10); }

  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

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

  function domControl(map, position, build) {
    var C = L.Control.extend({
      onAdd: function () {
        var div = build();
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    return new C({ position: position }).addTo(map);
  }

  // ------------------------------------------------------------------ geodesy (WGS84, Vincenty inverse)

  var WGS_A = 6378137.0, WGS_F = 1 / 298.257223563, WGS_B = WGS_A * (1 - WGS_F);

  function rad(d) { return d * Math.PI / 180; }

  /* Geodesic distance (m) and initial azimuth (degrees) between two points on the WGS84 ellipsoid.
   * Vincenty's inverse formula: millimetre accuracy; for the rare nearly antipodal pair where it does not
   * converge, the spherical (haversine) value, still within 0.5 %. */
  function geodesic(lat1, lon1, lat2, lon2) {
    var L0 = rad(lon2 - lon1);
    var U1 = Math.atan((1 - WGS_F) * Math.tan(rad(lat1))), U2 = Math.atan((1 - WGS_F) * Math.tan(rad(lat2)));
    var sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
    var lambda = L0, iter = 0, sinL, cosL, sinS, cosS, sigma, sinA, cos2A, cos2Sm, C, prev;
    do {
      sinL = Math.sin(lambda); cosL = Math.cos(lambda);
      sinS = Math.sqrt((cosU2 * sinL) * (cosU2 * sinL) +
                       (cosU1 * sinU2 - sinU1 * cosU2 * cosL) * (cosU1 * sinU2 - sinU1 * cosU2 * cosL));
      if (sinS === 0) { return { m: 0, az: 0 }; }
      cosS = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
      sigma = Math.atan2(sinS, cosS);
      sinA = cosU1 * cosU2 * sinL / sinS;
      cos2A = 1 - sinA * sinA;
      cos2Sm = cos2A !== 0 ? cosS - 2 * sinU1 * sinU2 / cos2A : 0;
      C = WGS_F / 16 * cos2A * (4 + WGS_F * (4 - 3 * cos2A));
      prev = lambda;
      lambda = L0 + (1 - C) * WGS_F * sinA * (sigma + C * sinS * (cos2Sm + C * cosS * (-1 + 2 * cos2Sm * cos2Sm)));
    } while (Math.abs(lambda - prev) > 1e-12 && ++iter < 200);
    if (iter >= 200) {
      var h = Math.pow(Math.sin(rad(lat2 - lat1) / 2), 2) +
        Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.pow(Math.sin(rad(lon2 - lon1) / 2), 2);
      return { m: 2 * 6371008.8 * Math.asin(Math.sqrt(h)), az: 0 };
    }
    var u2 = cos2A * (WGS_A * WGS_A - WGS_B * WGS_B) / (WGS_B * WGS_B);
    var A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    var B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    var dS = B * sinS * (cos2Sm + B / 4 * (cosS * (-1 + 2 * cos2Sm * cos2Sm) -
      B / 6 * cos2Sm * (-3 + 4 * sinS * sinS) * (-3 + 4 * cos2Sm * cos2Sm)));
    var az = Math.atan2(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL) * 180 / Math.PI;
    return { m: WGS_B * A * (sigma - dS), az: (az + 360) % 360 };
  }

  var COMPASS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

  function km(m) { return (m / 1000).toFixed(m < 100000 ? 2 : 1); }

  // ------------------------------------------------------------------ layers

  function drawBasemap(map, group, P) {
    if (!P.basemap) { return; }
    map.createPane("geBasemap").style.zIndex = 150;
    map.createPane("geTowns").style.zIndex = 350;
    L.geoJSON(P.basemap, {
      pane: "geBasemap", interactive: false,
      style: function (f) {
        if (f.properties && f.properties.level === 1) {
          // Governorates: light dashes inside the countries, never mistaken for borders.
          return { color: "#b3ab9c", weight: 0.7, dashArray: "3 3", fill: false, className: "ge-admin1" };
        }
        return { color: "#9a9a9a", weight: 0.8, fillColor: "#f5f2ea", fillOpacity: 1 };
      }
    }).addTo(group);
    (P.towns || []).forEach(function (t) {
      // t[2] was escaped in Python; the label sits to the right of the town's dot.
      var icon = L.divIcon({ className: "ge-town", html: "<span>\u2022 " + t[2] + "</span>",
                             iconSize: null, iconAnchor: [3, 8] });
      var m = L.marker([t[0], t[1]], { icon: icon, pane: "geTowns", interactive: false, keyboard: false });
      m.addTo(group);
    });
  }

  function drawBoundaries(map, group, P) {
    if (!group || !P.boundaries || !P.boundaries.length) { return; }
    // Under the events (overlayPane is 400), over the basemap; outlines only, so that clicks inside a
    // governorate still reach the map (and the canvas points' hit test).
    map.createPane("geBoundaries").style.zIndex = 380;
    P.boundaries.forEach(function (b) {
      var l = L.geoJSON(b.geom, { pane: "geBoundaries", style: function () {
        return { color: "#6a5f8a", weight: 1.3, opacity: 0.75, fill: false, className: "ge-boundary" }; } });
      if (b.name) { l.bindTooltip(b.name, { sticky: true, className: "ge-boundary-tip" }); }
      l.addTo(group);
    });
  }

  var pinUrls = {};

  function pinUrl(color, low) {
    // An <img> per pin, its SVG a data: URI decoded once per colour: far lighter for the browser than an
    // inline SVG subtree per marker (a data: URI is not a network request).
    var key = color + (low ? "-low" : "");
    if (!pinUrls[key]) {
      pinUrls[key] = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(
        svgPin(color, low).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '));
    }
    return pinUrls[key];
  }

  function tagEvent(layer, k) {
    layer._geK = k;
    if (layer.eachLayer) { layer.eachLayer(function (l) { tagEvent(l, k); }); }
  }

  function drawEvent(e, P, k) {
    var type = P.types[e.t] || { color: "#555" };
    var cls = "ge-event ge-event-" + e.cls + (e.low ? " ge-lowconf" : "");
    var layer, out = [];
    if (e.shape === "pin") {
      layer = L.marker([e.lat, e.lon], {
        icon: L.icon({ iconUrl: pinUrl(type.color, e.low), className: "ge-pin " + cls,
                       iconSize: [24, 34], iconAnchor: [12, 33], popupAnchor: [0, -30] }),
        riseOnHover: true, alt: ""
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
    tagEvent(layer, k);
    out.push(layer);
    if (e.shape === "area") {
      // An area is invisible when zoomed out: a small dot marks its centre.
      var dot = L.circleMarker([e.lat, e.lon], { radius: 4, color: "#222", weight: 1, fillColor: type.color,
                                                 fillOpacity: 0.9, className: "ge-event-centre" });
      tagEvent(dot, k);
      out.push(dot);
    }
    return out;
  }

  /* Popups and tooltips of the events are made when first wanted, from one listener on the events group:
   * thousands of bound Popup/Tooltip objects (and their listeners) cost more than drawing the markers. */
  function lazyEventPopups(map, group, P) {
    group.on("click", function (ev) {
      var k = ev.layer && ev.layer._geK, e = P.events[k];
      if (k === undefined || !e || !e.popup || map._geMeasuring) { return; }
      var at = ev.layer.getLatLng && e.shape !== "area" ? ev.layer.getLatLng() : ev.latlng;
      L.popup({ maxWidth: 400, minWidth: 260, offset: e.shape === "pin" ? [0, -30] : [0, 0] })
        .setLatLng(at).setContent(e.popup).openOn(map);
    });
    group.on("mouseover", function (ev) {
      var l = ev.layer, k = l && l._geK, e = P.events[k];
      if (k === undefined || !e || !e.tip || l.getTooltip()) { return; }
      l.bindTooltip(e.tip, { direction: "top", sticky: e.shape === "area",
                             offset: e.shape === "pin" ? [0, -30] : [0, 0] });
      l.openTooltip(ev.latlng);
    });
  }

  function compactPopup(pts, i, P) {
    // Compact columns carry raw text: built with textContent, never innerHTML.
    var div = el("div", "ge-popup");
    var name = (P.types[pts.t[i]] || { name: "event" }).name;
    el("h4", null, name + " \u2014 " + pts.name[i], div);
    var d0 = pts.d0[i];
    var date = d0 === null ? "date unknown" :
      (pts.d1[i] ? isoDay(d0) + " to " + isoDay(d0 + pts.d1[i]) : isoDay(d0));
    el("div", "ge-date", date, div);
    var w = pts.weapons[pts.w[i]];
    if (pts.n[i]) { el("div", null, "Projectiles: " + pts.n[i] + (w ? " \u00b7 " + w : ""), div); }
    else if (w) { el("div", null, "Weapon: " + w, div); }
    if (pts.k[i]) { el("div", null, "Killed: " + pts.k[i], div); }
    el("div", "ge-kinds", pts.id[i], div);
    return div;
  }

  // Many events: one canvas layer that draws all points itself and hit-tests clicks, instead of one
  // Leaflet layer per event (100k circleMarkers take seconds to build; this takes milliseconds).
  // Points are projected once to Web Mercator unit coordinates; a redraw is then a multiply-add per
  // point, and points that would land on a pixel already painted in their colour are skipped.
  var PointsLayer = L.Layer.extend({
    initialize: function (pts, P) {
      var n = pts.lat.length;
      this._pts = pts;
      this._P = P;
      this._n = n;
      this._ux = new Float64Array(n);
      this._uy = new Float64Array(n);
      this._sx = new Float32Array(n);
      this._sy = new Float32Array(n);
      this._shown = new Uint8Array(n).fill(1);
      var maxLat = 85.0511287798;
      for (var i = 0; i < n; i++) {
        var lat = Math.max(-maxLat, Math.min(maxLat, pts.lat[i]));
        var s = Math.sin(lat * Math.PI / 180);
        this._ux[i] = 0.5 + pts.lon[i] / 360;
        this._uy[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
      }
      // Draw order by type (counting sort, O(n)): events of one type stay in their input order.
      var counts = {}, t = pts.t, types = [];
      for (i = 0; i < n; i++) { if (!(t[i] in counts)) { counts[t[i]] = 0; types.push(t[i]); } counts[t[i]]++; }
      types.sort(function (a, b) { return a - b; });
      var start = {}, at = 0;
      types.forEach(function (k) { start[k] = at; at += counts[k]; });
      var order = new Uint32Array(n);
      for (i = 0; i < n; i++) { order[start[t[i]]++] = i; }
      this._order = order;
      this._stamps = {};
      this._frame = null;
    },
    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "ge-points leaflet-zoom-hide");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._schedule, this);
      map.on("click", this._click, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this._schedule, this);
      map.off("click", this._click, this);
      if (this._frame) { L.Util.cancelAnimFrame(this._frame); this._frame = null; }
    },
    setShown: function (shown) { this._shown = shown; if (this._map) { this._schedule(); } },
    _schedule: function () {
      // Leaflet fires several of these events for one view change: draw once, at the next frame.
      if (!this._frame) {
        this._frame = L.Util.requestAnimFrame(function () { this._frame = null; this._redraw(); }, this);
      }
    },
    _stamp: function (type, r) {
      // One anti-aliased disc with a dark rim, as pixel offsets and 0..255 colour and coverage: points
      // are stamped into one ImageData (software canvas rasterizes 100k arc paths in seconds; this in ms).
      var key = type + ":" + r;
      if (this._stamps[key]) { return this._stamps[key]; }
      var hex = (this._P.types[type] || { color: "#555555" }).color.replace("#", "");
      if (hex.length === 3) { hex = hex[0] + hex[0] + hex[1] + hex[1] + hex[2] + hex[2]; }
      var fr = parseInt(hex.slice(0, 2), 16), fg = parseInt(hex.slice(2, 4), 16), fb = parseInt(hex.slice(4, 6), 16);
      var rim = Math.max(1, r / 5), dx = [], dy = [], cr = [], cg = [], cb = [], cov = [], R = Math.ceil(r + 1);
      for (var y = -R; y <= R; y++) {
        for (var x = -R; x <= R; x++) {
          var d = Math.sqrt(x * x + y * y), a = Math.max(0, Math.min(1, r + 0.5 - d));
          if (a <= 0) { continue; }
          var edge = Math.max(0, Math.min(1, d - (r - rim) + 0.5));  // 0 inside, 1 on the rim
          dx.push(x); dy.push(y); cov.push(Math.round(a * 255));
          cr.push(Math.round(fr + (0x22 - fr) * edge)); cg.push(Math.round(fg + (0x22 - fg) * edge));
          cb.push(Math.round(fb + (0x22 - fb) * edge));
        }
      }
      var st = { dx: Int16Array.from(dx), dy: Int16Array.from(dy), r: Uint8Array.from(cr), g: Uint8Array.from(cg),
                 b: Uint8Array.from(cb), a: Uint8Array.from(cov), R: R };
      this._stamps[key] = st;
      return st;
    },
    _redraw: function () {
      var map = this._map;
      if (!map) { return; }
      var size = map.getSize(), c = this._canvas, W = size.x, H = size.y;
      var dpr = window.devicePixelRatio || 1, w = Math.round(W * dpr), h = Math.round(H * dpr);
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      c.width = w; c.height = h;
      c.style.width = W + "px"; c.style.height = H + "px";
      var ctx = c.getContext("2d");
      var img = ctx.createImageData(w, h), px = img.data;
      var zoom = map.getZoom(), scale = map.options.crs.scale(zoom);
      // Container offset of the unit square: from one reference point through Leaflet's own transform.
      var ref = map.latLngToContainerPoint([0, 0]);
      var offX = ref.x - 0.5 * scale, offY = ref.y - 0.5 * scale;
      var ux = this._ux, uy = this._uy, sx = this._sx, sy = this._sy, shown = this._shown;
      var order = this._order, t = this._pts.t, R = 5, n = this._n;
      var painted = new Uint8Array(w * h);  // type + 1 stamped centred on that device pixel
      var k = 0;
      while (k < n) {
        var type = t[order[k]], st = this._stamp(type, R * dpr), m = st.dx.length, SR = st.R;
        for (; k < n && t[order[k]] === type; k++) {
          var i = order[k];
          if (!shown[i]) { sx[i] = NaN; continue; }
          var x = ux[i] * scale + offX, y = uy[i] * scale + offY;
          if (x < -R || y < -R || x > W + R || y > H + R) { sx[i] = NaN; continue; }
          sx[i] = x; sy[i] = y;
          var cx = Math.round(x * dpr), cy = Math.round(y * dpr);
          if (cx >= 0 && cy >= 0 && cx < w && cy < h) {
            var cell = cy * w + cx;
            if (painted[cell] === type + 1) { continue; }  // same colour, same pixel: nothing new to see
            painted[cell] = type + 1;
          }
          var inside = cx - SR >= 0 && cy - SR >= 0 && cx + SR < w && cy + SR < h;
          for (var j = 0; j < m; j++) {
            var qx = cx + st.dx[j], qy = cy + st.dy[j];
            if (!inside && (qx < 0 || qy < 0 || qx >= w || qy >= h)) { continue; }
            var o = (qy * w + qx) * 4, a = st.a[j];
            if (a === 255 || px[o + 3] === 0) {
              px[o] = st.r[j]; px[o + 1] = st.g[j]; px[o + 2] = st.b[j]; px[o + 3] = a;
            } else {  // anti-aliased edge over an earlier disc: blend ("source over")
              var A = a / 255, B = px[o + 3] / 255 * (1 - A), S = A + B;
              px[o] = (st.r[j] * A + px[o] * B) / S; px[o + 1] = (st.g[j] * A + px[o + 1] * B) / S;
              px[o + 2] = (st.b[j] * A + px[o + 2] * B) / S; px[o + 3] = S * 255;
            }
          }
        }
      }
      ctx.putImageData(img, 0, 0);
      window.__geoEventsPaintedAt = performance.now();
    },
    _click: function (ev) {
      if (this._map._geMeasuring) { return; }
      var x = ev.containerPoint.x, y = ev.containerPoint.y, best = -1, bestD = 64;
      for (var i = 0; i < this._n; i++) {
        var dx = this._sx[i] - x, dy = this._sy[i] - y, d = dx * dx + dy * dy;
        if (d < bestD) { bestD = d; best = i; }
      }
      if (best < 0) { return; }
      L.popup({ maxWidth: 320 }).setLatLng([this._pts.lat[best], this._pts.lon[best]])
        .setContent(compactPopup(this._pts, best, this._P)).openOn(this._map);
    }
  });

  // ------------------------------------------------------------------ date filter

  /* Two-ended range over the events' days. An event is kept when its span [d0, d1] overlaps the chosen
   * range (a "last week" event stays while any day of that week is chosen); undated events always stay. */
  function dateFilter(map, P, spans, apply) {
    var lo = Infinity, hi = -Infinity, undated = 0, n = spans.d0.length;
    for (var i = 0; i < n; i++) {
      if (spans.d0[i] === null) { undated++; continue; }
      lo = Math.min(lo, spans.d0[i]);
      hi = Math.max(hi, spans.d0[i] + spans.len[i]);
    }
    if (!(hi > lo)) { return null; }  // one day or no dates: nothing to filter
    var shown = new Uint8Array(n).fill(1);
    var ui = {};
    domControl(map, "bottomleft", function () {
      var div = el("div", "ge-panel ge-datefilter");
      div.setAttribute("role", "group");
      div.setAttribute("aria-label", "Date filter");
      var head = el("div", "ge-df-head", null, div);
      el("strong", null, "Dates", head);
      ui.count = el("span", "ge-df-count", "", head);
      ui.count.setAttribute("aria-live", "polite");
      function slider(label, cls, value) {
        var row = el("label", "ge-df-row", null, div);
        el("span", "ge-df-label", label, row);
        var input = el("input", cls, null, row);
        input.type = "range"; input.min = String(lo); input.max = String(hi); input.step = "1";
        input.value = String(value);
        input.setAttribute("aria-label", label + " date");
        var out = el("output", "ge-df-date", isoDay(value), row);
        return { input: input, out: out };
      }
      ui.from = slider("From", "ge-df-from", lo);
      ui.to = slider("To", "ge-df-to", hi);
      var reset = el("button", "ge-df-reset", "All dates", div);
      reset.type = "button";
      reset.addEventListener("click", function () { ui.from.input.value = lo; ui.to.input.value = hi; update(); });
      ui.from.input.addEventListener("input", function () { update("from"); });
      ui.to.input.addEventListener("input", function () { update("to"); });
      return div;
    });
    function update(moved) {
      var a = +ui.from.input.value, b = +ui.to.input.value;
      // The two thumbs never cross: the one being moved pushes the other.
      if (a > b) { if (moved === "to") { a = b; ui.from.input.value = a; } else { b = a; ui.to.input.value = b; } }
      ui.from.out.textContent = isoDay(a);
      ui.to.out.textContent = isoDay(b);
      var count = 0;
      for (var i = 0; i < n; i++) {
        var d0 = spans.d0[i];
        var keep = d0 === null || (d0 <= b && d0 + spans.len[i] >= a);
        shown[i] = keep ? 1 : 0;
        count += shown[i];
      }
      ui.count.textContent = count + " of " + n + " events" + (undated ? " (" + undated + " undated, always shown)" : "");
      apply(shown);
    }
    update();
    return ui;
  }

  // ------------------------------------------------------------------ measure and full screen

  function measureTool(map, bar) {
    var btn = el("a", "ge-btn ge-measure-btn", null, bar);
    btn.href = "#"; btn.setAttribute("role", "button");
    btn.title = "Measure distance (click points; double-click or Esc to finish)";
    btn.setAttribute("aria-label", "Measure distance");
    btn.innerHTML = '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M2 14 L14 2 L18 6 ' +
      'L6 18 Z" fill="none" stroke="#333" stroke-width="1.5"/><path d="M6 10 l2 2 M8.5 7.5 l1.5 1.5 M11 5 l2 2" ' +
      'stroke="#333" stroke-width="1.3"/></svg>';
    var out = el("div", "ge-panel ge-measure-out", null, bar);
    out.style.display = "none";
    var group = L.layerGroup().addTo(map);
    var pts = [], line = null, rubber = null, active = false;
    var container = map.getContainer();

    function total(extra) {
      var m = 0, all = extra ? pts.concat([extra]) : pts;
      for (var i = 1; i < all.length; i++) { m += geodesic(all[i - 1].lat, all[i - 1].lng, all[i].lat, all[i].lng).m; }
      return m;
    }
    function show(extra) {
      var all = extra ? pts.concat([extra]) : pts;
      if (all.length < 2) {
        out.textContent = "Click points on the map; double-click or Esc to finish.";
        out.style.display = active ? "" : "none";
        return;
      }
      out.style.display = "";
      var a = all[all.length - 2], b = all[all.length - 1], leg = geodesic(a.lat, a.lng, b.lat, b.lng);
      out.textContent = "";
      el("strong", "ge-measure-total", "Distance: " + km(total(extra)) + " km", out);
      el("div", "ge-kinds", (all.length - 1) + " leg" + (all.length > 2 ? "s" : "") + "; last " + km(leg.m) +
        " km, azimuth " + leg.az.toFixed(0) + "\u00b0 (" + COMPASS[Math.round(leg.az / 22.5) % 16] + ")" +
        (active ? "" : "; click the ruler to measure again"), out);
    }
    function onClick(ev) {
      pts.push(ev.latlng);
      L.circleMarker(ev.latlng, { radius: 3, color: "#000", weight: 1, fillColor: "#fff", fillOpacity: 1,
                                  interactive: false, className: "ge-measure-vertex" }).addTo(group);
      if (line) { line.setLatLngs(pts); } else {
        line = L.polyline(pts, { color: "#000", weight: 2, dashArray: "6 4", interactive: false,
                                 className: "ge-measure-line" }).addTo(group);
      }
      show();
    }
    function onMove(ev) {
      if (!pts.length) { return; }
      var last = pts[pts.length - 1];
      if (rubber) { rubber.setLatLngs([last, ev.latlng]); } else {
        rubber = L.polyline([last, ev.latlng], { color: "#000", weight: 1, opacity: 0.6, dashArray: "2 4",
                                                 interactive: false }).addTo(group);
      }
      show(ev.latlng);
    }
    function onKey(ev) { if (ev.key === "Escape" || ev.keyCode === 27) { finish(); } }
    function onDbl() {
      // A double-click also fired two clicks: drop the second vertex it added at the same place.
      if (pts.length >= 2 && pts[pts.length - 1].equals(pts[pts.length - 2], 1e-7)) {
        pts.pop();
        var layers = group.getLayers();
        for (var i = layers.length - 1; i >= 0; i--) {
          if (layers[i] instanceof L.CircleMarker) { group.removeLayer(layers[i]); break; }
        }
        if (line) { line.setLatLngs(pts); }
      }
      finish();
    }
    function start() {
      group.clearLayers(); pts = []; line = null; rubber = null;
      active = true; map._geMeasuring = true;
      container.classList.add("ge-measuring");
      btn.classList.add("ge-active");
      map.doubleClickZoom.disable();
      map.on("click", onClick); map.on("mousemove", onMove); map.on("dblclick", onDbl);
      document.addEventListener("keydown", onKey);
      show();
    }
    function finish() {
      if (!active) { return; }
      active = false; map._geMeasuring = false;
      container.classList.remove("ge-measuring");
      btn.classList.remove("ge-active");
      map.off("click", onClick); map.off("mousemove", onMove); map.off("dblclick", onDbl);
      document.removeEventListener("keydown", onKey);
      if (rubber) { group.removeLayer(rubber); rubber = null; }
      // Re-enable after this event's own handlers ran, or the double-click that ended it would zoom.
      setTimeout(function () { map.doubleClickZoom.enable(); }, 0);
      show();
    }
    L.DomEvent.on(btn, "click", function (ev) {
      L.DomEvent.preventDefault(ev);
      if (active) { finish(); } else { start(); }
    });
  }

  function fullscreenTool(map, bar) {
    var container = map.getContainer();
    var btn = el("a", "ge-btn ge-fullscreen-btn", null, bar);
    btn.href = "#"; btn.setAttribute("role", "button");
    btn.title = "Full screen"; btn.setAttribute("aria-label", "Full screen");
    btn.innerHTML = '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 8V3h5 M12 3h5v5 ' +
      'M17 12v5h-5 M8 17H3v-5" fill="none" stroke="#333" stroke-width="1.8"/></svg>';
    function fsElement() { return document.fullscreenElement || document.webkitFullscreenElement || null; }
    function sync() {
      var on = fsElement() === container || container.classList.contains("ge-pseudo-fullscreen");
      container.classList.toggle("ge-fullscreen", on);
      btn.title = on ? "Exit full screen" : "Full screen";
      btn.setAttribute("aria-label", btn.title);
      map.invalidateSize({ animate: false });
    }
    document.addEventListener("fullscreenchange", sync);
    document.addEventListener("webkitfullscreenchange", sync);
    L.DomEvent.on(btn, "click", function (ev) {
      L.DomEvent.preventDefault(ev);
      // Only this map's container goes full screen: in a briefing page of several fragments, just this one.
      if (fsElement() === container) {
        (document.exitFullscreen || document.webkitExitFullscreen).call(document);
      } else if (container.requestFullscreen || container.webkitRequestFullscreen) {
        var req = (container.requestFullscreen || container.webkitRequestFullscreen).call(container);
        if (req && req.catch) { req.catch(function () { container.classList.toggle("ge-pseudo-fullscreen"); sync(); }); }
      } else {
        // No Fullscreen API (older iOS): fill the window instead.
        container.classList.toggle("ge-pseudo-fullscreen");
        sync();
      }
    });
  }

  function tools(map) {
    domControl(map, "topleft", function () {
      var bar = el("div", "leaflet-bar ge-tools");
      measureTool(map, bar);
      fullscreenTool(map, bar);
      return bar;
    });
  }

  // ------------------------------------------------------------------ draw

  function draw(map, g, P) {
    mark("ge-draw-start");
    var t0 = performance.now();
    if (typeof P === "string") { P = JSON.parse(P); }
    var t1 = performance.now();
    var container = map.getContainer();
    container.classList.add("ge-map");
    if (P.attribution) { map.attributionControl.addAttribution(P.attribution); }
    // The final view first: every layer is then drawn once, where it will stay.
    if (P.bounds) {
      map.fitBounds(P.bounds, { padding: [40, 40], maxZoom: 11, animate: false });
    } else {
      map.setView([33.3, 44.4], 5, { animate: false });
    }
    drawBasemap(map, g.basemap, P);
    drawBoundaries(map, g.boundaries, P);

    var byEvent = [];  // per event: [layer, group] pairs that the date filter hides with it
    function own(k, layer, group) {
      if (k === undefined || k === null) { layer.addTo(group); return; }
      (byEvent[k] = byEvent[k] || []).push([layer, group]);
      layer.addTo(group);
    }

    (P.areas || []).forEach(function (a) {
      var l = L.geoJSON(a.geom, { style: function () {
        return { color: "#9467bd", weight: 1.2, dashArray: "4 4", fillColor: "#9467bd", fillOpacity: 0.15,
                 className: "ge-launch-area" }; } });
      if (a.tip) { l.bindTooltip(a.tip, { sticky: true }); }
      own(a.e, l, g.areas);
    });

    (P.trajectories || []).forEach(function (t) {
      var color = t.verdict === "beyond" ? "#d62728" : (t.verdict === "within" ? "#333" : "#666");
      var line = L.polyline(t.coords, {
        color: color, weight: 2.5, opacity: 0.9,
        dashArray: t.verdict === "beyond" ? "9 6" : (t.verdict === "unknown" ? "2 5" : null),
        className: "ge-trajectory ge-trajectory-" + t.verdict
      });
      if (t.tip) { line.bindTooltip(t.tip, { sticky: true }); }
      own(t.e, line, g.trajectories);
      var last = t.coords[t.coords.length - 1];
      own(t.e, L.marker(last, {
        icon: L.divIcon({ className: "ge-arrow", html: svgArrow(t.bearing, color), iconSize: [20, 20],
                          iconAnchor: [10, 10] }),
        interactive: false, keyboard: false
      }), g.trajectories);
    });

    (P.impacts || []).forEach(function (i) {
      var m = L.circleMarker([i.lat, i.lon], {
        radius: 5, color: "#111", weight: 1, fillColor: "#ffdd57", fillOpacity: 0.95, className: "ge-impact"
      });
      if (i.tip) { m.bindTooltip(i.tip, { direction: "right" }); }
      own(i.e, m, g.impacts);
      if (i.count !== null && i.count !== undefined) {
        own(i.e, L.marker([i.lat, i.lon], {
          icon: L.divIcon({ className: "ge-impact-count", html: "\u00d7" + i.count, iconSize: [24, 12],
                            iconAnchor: [-6, 16] }),
          interactive: false, keyboard: false
        }), g.impacts);
      }
    });

    (P.launches || []).forEach(function (l) {
      var m = L.marker([l.lat, l.lon], {
        icon: L.divIcon({ className: "ge-launch" + (l.estimated ? " ge-launch-estimated" : ""),
                          html: svgLaunch(l.estimated), iconSize: [22, 22], iconAnchor: [11, 11] })
      });
      if (l.popup) { m.bindPopup(l.popup, { maxWidth: 340 }); }
      if (l.tip) { m.bindTooltip(l.tip, { direction: "top" }); }
      own(l.e, m, g.launches);
    });
    var t2 = performance.now();

    var points = null, spans;
    if (P.pts) {
      points = new PointsLayer(P.pts, P);
      points.addTo(g.events);
      spans = { d0: P.pts.d0, len: P.pts.d1.map(function (x) { return x || 0; }) };
    } else {
      var evs = P.events || [];
      evs.forEach(function (e, k) { drawEvent(e, P, k).forEach(function (l) { own(k, l, g.events); }); });
      lazyEventPopups(map, g.events, P);
      spans = { d0: evs.map(function (e) { return e.d ? e.d[0] : null; }),
                len: evs.map(function (e) { return e.d ? e.d[1] - e.d[0] : 0; }) };
    }
    var t3 = performance.now();

    if (P.title) { control(map, "topright", "ge-title", P.title); }
    if (P.legend) { control(map, "bottomright", "ge-legend", P.legend); }
    tools(map);
    var previous = null;
    dateFilter(map, P, spans, function (shown) {
      if (points) { points.setShown(shown); }
      for (var k = 0; k < byEvent.length; k++) {
        if (!byEvent[k] || (previous && previous[k] === shown[k])) { continue; }
        for (var j = 0; j < byEvent[k].length; j++) {
          var pair = byEvent[k][j];
          if (shown[k]) { pair[1].addLayer(pair[0]); } else { pair[1].removeLayer(pair[0]); }
        }
      }
      previous = shown.slice();
    });
    if (P.notes) { control(map, "bottomleft", "ge-notes", P.notes); }

    container.setAttribute("data-ge-ready", "1");
    var t4 = performance.now();
    mark("ge-draw-end");
    window.__geoEventsReady = (window.__geoEventsReady || 0) + 1;
    window.__geoEventsReadyAt = t4;  // read by bench/bench_map.py
    window.__geoEventsTimings = { start: t0, parse: t1 - t0, layers: t2 - t1, events: t3 - t2, controls: t4 - t3 };
    if (!points) {
      L.Util.requestAnimFrame(function () { window.__geoEventsPaintedAt = performance.now(); });
    }
    return map;
  }

  window.geoEvents = { draw: draw, geodesic: geodesic };
})();
