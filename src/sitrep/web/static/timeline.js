/* The timeline page: articles per day as stacked bars (by language or outlet), event
   annotations per day as dots, and a brush: dragging across the chart selects a period and
   reloads the page with since/until, which filters the list below and the map link. */
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  if (!box) return;
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b"];

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function dayList(first, last) {
    var out = [], d = new Date(first + "T00:00:00Z"), end = new Date(last + "T00:00:00Z");
    while (d <= end && out.length < 3660) { out.push(d.toISOString().slice(0, 10)); d.setUTCDate(d.getUTCDate() + 1); }
    return out;
  }

  fetch(box.dataset.src, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (t) {
    if (!t.days || !t.days.length) {
      box.textContent = "No article dated to the day matches these filters.";
      document.documentElement.setAttribute("data-ready", "1");
      return;
    }
    var days = dayList(t.days[0].day, t.days[t.days.length - 1].day);
    var byDay = {}, evByDay = {};
    t.days.forEach(function (d) { byDay[d.day] = d; });
    t.events.forEach(function (d) { evByDay[d.day] = d.counts; });
    var max = Math.max.apply(null, t.days.map(function (d) { return d.total; }));
    var W = Math.max(box.clientWidth || 900, 300), H = 220, pad = 28, top = 16;
    var bw = (W - 2 * pad) / days.length;
    var root = svg("svg", {width: W, height: H + 40, viewBox: "0 0 " + W + " " + (H + 40), role: "img",
      "aria-label": "articles per day"}, box);
    var colour = {};
    t.groups.forEach(function (g, i) { colour[g] = COLOURS[i % COLOURS.length]; });
    days.forEach(function (day, i) {
      var d = byDay[day], y = H;
      var g = svg("g", {"class": "day", "data-day": day}, root);
      if (d) {
        t.groups.forEach(function (grp) {
          var n = d.counts[grp] || 0;
          if (!n) return;
          var h = (H - top) * n / max;
          y -= h;
          var rect = svg("rect", {x: pad + i * bw + 1, y: y, width: Math.max(bw - 2, 1), height: h, fill: colour[grp]}, g);
          svg("title", {}, rect).textContent = day + " · " + grp + ": " + n;
        });
      }
      var ev = evByDay[day];
      if (ev) {
        var n = Object.keys(ev).reduce(function (s, k) { return s + ev[k]; }, 0);
        var c = svg("circle", {cx: pad + (i + 0.5) * bw, cy: H + 12, r: Math.min(8, 2 + Math.sqrt(n)), fill: "#d4a017"}, g);
        svg("title", {}, c).textContent = day + " events: " + Object.keys(ev).map(function (k) { return k + " " + ev[k]; }).join(", ");
      }
      if (days.length <= 31 || i % Math.ceil(days.length / 15) === 0) {
        svg("text", {x: pad + (i + 0.5) * bw, y: H + 32, "text-anchor": "middle", "class": "tick"}, root).textContent = day.slice(5);
      }
    });
    svg("text", {x: pad, y: 12, "class": "tick"}, root).textContent = "max " + max + " articles/day";
    var legend = document.getElementById("legend");
    t.groups.forEach(function (g) {
      var s = document.createElement("span"), sw = document.createElement("i");
      sw.className = "sw"; sw.setAttribute("data-colour", colour[g]);
      s.appendChild(sw); s.appendChild(document.createTextNode(g));
      legend.appendChild(s);
    });
    // swatch colours through the CSSOM (no inline style attribute: CSP)
    Array.prototype.forEach.call(legend.querySelectorAll(".sw"), function (e) { e.style.background = e.getAttribute("data-colour"); });
    var note = document.createElement("p");
    note.className = "muted small";
    note.textContent = t.articles + (t.capped ? "+" : "") + " articles, " + t.undated_or_coarse + " without a day-precise date";
    box.appendChild(note);

    // brush
    var sel = svg("rect", {"class": "brush", y: top - 6, height: H - top + 6, width: 0, x: 0}, root);
    var start = null;
    function index(ev) {
      var r = root.getBoundingClientRect();
      var x = (ev.clientX - r.left) * W / r.width;
      return Math.max(0, Math.min(days.length - 1, Math.floor((x - pad) / bw)));
    }
    root.addEventListener("mousedown", function (ev) { start = index(ev); ev.preventDefault(); });
    root.addEventListener("mousemove", function (ev) {
      if (start === null) return;
      var i = index(ev), a = Math.min(start, i), b = Math.max(start, i);
      sel.setAttribute("x", pad + a * bw); sel.setAttribute("width", (b - a + 1) * bw);
    });
    window.addEventListener("mouseup", function (ev) {
      if (start === null) return;
      var i = index(ev), a = Math.min(start, i), b = Math.max(start, i);
      start = null;
      var q = new URLSearchParams(box.dataset.filters);
      q.set("since", days[a]); q.set("until", days[b]);
      if (box.dataset.by) q.set("by", box.dataset.by);
      location.href = "/timeline?" + q.toString();
    });
    document.documentElement.setAttribute("data-ready", "1");
  }).catch(function (e) { box.textContent = "timeline: " + e.message; document.documentElement.setAttribute("data-ready", "1"); });
})();
