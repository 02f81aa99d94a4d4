/* The sources page: a two-column graph, outlets on the left and the sources they quote on
   the right (line width = statements), copies between outlets as dashed lines on the left. */
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box) return;
  var NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  fetch(box.dataset.src, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (d) {
    var outlets = [], sources = [], oi = {}, si = {};
    d.outlets.forEach(function (o) { oi[o.name] = outlets.length; outlets.push(o.name); });
    d.cites.forEach(function (c) {
      if (!(c.outlet in oi)) { oi[c.outlet] = outlets.length; outlets.push(c.outlet); }
      if (!(c.source in si)) { si[c.source] = sources.length; sources.push(c.label); }
    });
    if (!outlets.length) { box.textContent = "Nothing to draw."; return; }
    var W = Math.max(box.clientWidth || 900, 500), row = 22;
    var H = Math.max(outlets.length, sources.length) * row + 30, xL = 200, xR = W - 260;
    var root = svg("svg", {width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "outlets and quoted sources"}, box);
    var max = Math.max.apply(null, d.cites.map(function (c) { return c.statements; }).concat([1]));
    function yL(i) { return 20 + i * row * Math.max(sources.length, outlets.length) / outlets.length; }
    function yR(i) { return 20 + i * row * Math.max(sources.length, outlets.length) / Math.max(sources.length, 1); }
    d.cites.forEach(function (c) {
      var l = svg("path", {d: "M" + xL + " " + yL(oi[c.outlet]) + " C" + (xL + 120) + " " + yL(oi[c.outlet]) + " " + (xR - 120) + " " + yR(si[c.source]) + " " + xR + " " + yR(si[c.source]),
        "class": "edge", "stroke-width": 1 + 5 * c.statements / max}, root);
      svg("title", {}, l).textContent = c.outlet + " quotes " + c.label + ": " + c.statements + " statement(s)";
    });
    d.reuse.forEach(function (r) {
      if (!(r.outlet in oi) || !(r.copied_from in oi) || r.outlet === r.copied_from) return;
      var a = yL(oi[r.outlet]), b = yL(oi[r.copied_from]);
      var p = svg("path", {d: "M" + (xL - 6) + " " + a + " C" + (xL - 80) + " " + a + " " + (xL - 80) + " " + b + " " + (xL - 6) + " " + b, "class": "reuse"}, root);
      svg("title", {}, p).textContent = r.outlet + " copies " + r.copied_from + " (" + r.kind + "): " + r.articles;
    });
    outlets.forEach(function (o, i) {
      svg("circle", {cx: xL, cy: yL(i), r: 5, "class": "outlet"}, root);
      svg("text", {x: xL - 10, y: yL(i) + 4, "text-anchor": "end", "class": "lbl"}, root).textContent = o;
    });
    sources.forEach(function (s, i) {
      svg("circle", {cx: xR, cy: yR(i), r: 5, "class": "source"}, root);
      svg("text", {x: xR + 10, y: yR(i) + 4, "class": "lbl"}, root).textContent = s;
    });
    document.documentElement.setAttribute("data-ready", "1");
  }).catch(function (e) { box.textContent = "graph: " + e.message; });
})();
