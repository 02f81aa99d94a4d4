/* The map page: an offline basemap (Natural Earth countries), the places of the matched
   articles clustered at low zoom, and each dot's evidence on click. Text from articles is
   only ever inserted with textContent. */
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.L) return;
  var status = document.getElementById("map-status");
  var panel = document.getElementById("evidence-body"), hint = document.getElementById("evidence-hint");
  var map = L.map(box, {worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true}).setView([48.5, 34], 5);
  map.attributionControl.setPrefix("");
  map.attributionControl.addAttribution("Natural Earth (public domain)");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function getJSON(url) {
    return fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body && body.error ? body.error.message : "HTTP " + r.status);
        return body;
      });
    });
  }

  getJSON(box.dataset.basemap).then(function (geo) {
    L.geoJSON(geo, {style: {color: "#9aa1ab", weight: 0.7, fillColor: "#ece9e1", fillOpacity: 1}, interactive: false}).addTo(map);
  }).catch(function (e) { status.textContent = "basemap: " + e.message; });

  var cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 45});
  map.addLayer(cluster);

  function showEvidence(props) {
    hint.hidden = true;
    panel.textContent = "";
    var h = el("h4", "", props.name + " ");
    h.appendChild(el("small", "muted", props.mentions + " mention(s) in " + props.articles + " article(s)"));
    panel.appendChild(h);
    var link = el("a", "", "place page");
    link.href = "/places/" + encodeURIComponent(props.key) + (box.dataset.filters ? "?" + box.dataset.filters : "");
    panel.appendChild(link);
    var list = el("ul", "evidence");
    panel.appendChild(list);
    var url = box.dataset.evidence + encodeURIComponent(props.key) + "?limit=8" + (box.dataset.filters ? "&" + box.dataset.filters : "");
    getJSON(url).then(function (d) {
      d.mentions.items.forEach(function (m) {
        var li = el("li", "ev");
        var c = el("span", "ctx");
        c.appendChild(document.createTextNode(m.context.before));
        c.appendChild(el("mark", "", m.context.match));
        c.appendChild(document.createTextNode(m.context.after));
        li.appendChild(c);
        var meta = el("div", "meta");
        var a = el("a", "", "#" + m.article + " " + (m.title || ""));
        a.href = "/articles/" + encodeURIComponent(m.article);
        meta.appendChild(a);
        meta.appendChild(document.createTextNode(" · " + [m.source, m.published, m.language].filter(Boolean).join(" · ")
          + " · " + m.producer + " " + (+m.confidence).toFixed(2)));
        li.appendChild(meta);
        list.appendChild(li);
      });
      if (!d.mentions.items.length) list.appendChild(el("li", "muted", "no mention"));
    }).catch(function (e) { list.appendChild(el("li", "muted", e.message)); });
  }

  getJSON(box.dataset.points).then(function (fc) {
    var markers = [];
    fc.features.forEach(function (f) {
      var p = f.properties, c = f.geometry.coordinates;
      var r = Math.min(16, 5 + Math.sqrt(p.mentions) * 2);
      var m = L.circleMarker([c[1], c[0]], {radius: r, color: "#1f5f99", weight: 1.5, fillColor: "#4c78a8", fillOpacity: 0.75});
      m.feature = f;
      m.bindTooltip(p.name + " (" + p.mentions + ")");
      m.on("click", function () { showEvidence(p); });
      markers.push(m);
    });
    cluster.addLayers(markers);
    box.setAttribute("data-markers", String(markers.length));
    box.sitrepPlaces = fc.features.map(function (f) { return f.properties.key; });  // for tests
    status.textContent = fc.features.length + " places in " + fc.articles + (fc.capped ? "+" : "") + " articles";
    // frame the towns and regions: country centroids (feature code PCL*) would zoom out to the world
    var local = markers.filter(function (m) { return !/^PCL/.test(m.feature.properties.feature_code || ""); });
    // around the most mentioned of them (the theatre), not every far-away capital the news names
    var top = local.reduce(function (a, m) { return !a || m.feature.properties.mentions > a.feature.properties.mentions ? m : a; }, null);
    if (top) {
      var c0 = top.getLatLng();
      local = local.filter(function (m) { var c = m.getLatLng(); return Math.abs(c.lat - c0.lat) < 8 && Math.abs(c.lng - c0.lng) < 12; });
    }
    var framed = local.length ? local : markers;
    if (framed.length) map.fitBounds(L.featureGroup(framed).getBounds().pad(0.2), {maxZoom: 8});
    document.documentElement.setAttribute("data-ready", "1");
  }).catch(function (e) { status.textContent = "places: " + e.message; document.documentElement.setAttribute("data-ready", "1"); });
})();
