"""The inline stylesheet and script of the HTML report (no external resources)."""

CSS = """
:root{--fg:#1f2328;--muted:#6a6f78;--bg:#f6f5f1;--card:#fff;--line:#e3e0d8;--accent:#4c78a8}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
.top{padding:10px 24px;border-bottom:1px solid var(--line);background:#fff;color:var(--muted)}
.top b{color:var(--fg);letter-spacing:.02em}.top .ver{float:right;font-size:12px}
.wrap{display:grid;grid-template-columns:280px minmax(0,1fr);gap:28px;max-width:1260px;margin:0 auto;padding:22px 24px}
aside{position:sticky;top:14px;align-self:start;max-height:calc(100vh - 28px);overflow:auto;display:flex;flex-direction:column;gap:14px}
aside section,aside nav{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
aside h3{margin:0 0 8px;font-size:11px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.lg{display:flex;align-items:center;gap:8px;padding:3px 2px;cursor:pointer;user-select:none}
.lg .nm{flex:1}.lg .ct{font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px}
.legend .labels{margin:-2px 0 4px 48px;font-size:11.5px;color:var(--muted);line-height:1.35}
.lg[data-missing]::after{content:"!";color:#b42318;font-weight:700}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;background:var(--c1);border:2px solid var(--c)}
.toc ol{margin:0;padding-left:20px}.toc li{margin:4px 0}.toc small{display:block;color:var(--muted)}
.toc a{color:var(--fg);text-decoration:none}.toc a:hover{text-decoration:underline}
#info .hint{color:var(--muted);margin:0}
.card{border-left:4px solid var(--c);padding:4px 0 4px 10px;margin:0 0 12px}
.card .hd{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.card .ly{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--c)}
.card .lb{font-weight:650}
.card q{display:block;margin:4px 0;font:italic 14px/1.45 Charter,Georgia,serif;quotes:"\\201C" "\\201D";overflow-wrap:anywhere}
.card table{border-collapse:collapse;width:100%;font-size:12px}
.card th{width:1%;text-align:left;font-weight:500;color:var(--muted);padding:1px 8px 1px 0;vertical-align:top;white-space:nowrap}
.card td{padding:1px 0;overflow-wrap:anywhere}
#info[data-pinned] h3::after{content:" · pinned (Esc to release)";text-transform:none;letter-spacing:0}
.doc{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:26px 40px 30px;margin:0 0 26px;box-shadow:0 1px 2px rgba(0,0,0,.03)}
.doc header{border-bottom:1px solid var(--line);margin-bottom:20px;padding-bottom:14px}
.doc h1{font:650 26px/1.6 Charter,"Iowan Old Style",Georgia,serif;margin:0 0 10px;white-space:pre-wrap}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0;font-size:13px}
.meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
.meta a{color:var(--accent)}
.chip{display:inline-block;margin:0 6px 2px 0;padding:0 7px;border-radius:9px;background:var(--c1);border:1px solid var(--c2);font-size:12px}
.warn{margin:12px 0 0;padding:8px 12px 8px 28px;background:#fff7e6;border:1px solid #f5d08a;border-radius:8px;color:#7a4b00}
.muted{color:var(--muted)}
.text{font:17px/2.05 Charter,"Iowan Old Style","Noto Serif",Georgia,serif;max-width:44em}
.blk{margin:0 0 1.05em;white-space:pre-wrap}.blk.t2{font-weight:650}.blk.gap{color:var(--muted)}
.a{border-radius:3px;transition:background .1s}
.k-band{background:var(--c1)}.k-band.alt{background:var(--c0)}
.k-band[data-n]::before{content:attr(data-n);font:600 9px/1 system-ui,sans-serif;color:var(--c);vertical-align:.9em;margin:0 2px 0 1px}
.k-line{border-bottom:1px solid var(--c2);margin:0 .5px}
.k-block{background:var(--c0);box-shadow:0 0 0 1px var(--c2)}
.k-mark{background:var(--c1);border-bottom:2px solid var(--c);padding:1px 1px 1px}
.k-mark.lv1{padding-bottom:5px}.k-mark.lv2{padding-bottom:9px}.k-mark.lv3{padding-bottom:13px}
.k-mark.lv4{padding-bottom:17px}.k-mark.lv5{padding-bottom:21px}.k-mark.lv6{padding-bottom:25px}
.k-mark.f::after{content:attr(data-l);font:700 9px/1 system-ui,sans-serif;color:var(--c);vertical-align:.9em;margin-left:2px;letter-spacing:.03em}
.a.z{display:inline-block;width:0;height:1.1em;border-left:2px solid var(--c);vertical-align:-.2em;padding:0;background:none}
.a.hl{outline:2px solid var(--c);outline-offset:1px}
.a.pin{outline:2px solid var(--c);outline-offset:1px;background:var(--c2)}
@media (max-width:860px){.wrap{grid-template-columns:1fr}aside{position:static;max-height:none}.doc{padding:18px}
#info:has(.card){position:fixed;left:8px;right:8px;bottom:8px;max-height:45vh;overflow:auto;z-index:5;box-shadow:0 4px 18px rgba(0,0,0,.18)}}
@media print{aside,.top{display:none}.wrap{display:block}}
"""

INFO_PANEL = (
    '<section id="info" aria-live="polite"><h3>Annotation</h3>'
    '<p class="hint">Hover over a highlight to see its label, surface, attributes, confidence and '
    "producer (innermost first); click to pin it.</p></section>"
)

JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("sitrep-data").textContent);
  var body = document.body, info = document.getElementById("info");
  var hint = info.querySelector(".hint");
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".legend input[data-k]"));
  var pinned = false, lit = [];

  function isOff(k) { return body.classList.contains("off-" + k); }
  function syncHidden() {
    body.setAttribute("data-hidden", D.layers.filter(function (l, k) { return isOff(k); })
      .map(function (l) { return l.name; }).join(","));
  }
  function setLayer(k, on) {
    body.classList.toggle("off-" + k, !on);
    var b = boxes[k];
    if (b) { b.checked = on; if (on) b.setAttribute("checked", ""); else b.removeAttribute("checked"); }
  }
  boxes.forEach(function (b) {
    b.addEventListener("change", function () { setLayer(+b.dataset.k, b.checked); syncHidden(); });
  });

  // Check that every annotation was drawn: the legend says how many were found.
  var found = D.layers.map(function () { return {}; });
  Array.prototype.forEach.call(document.querySelectorAll(".doc"), function (doc) {
    Array.prototype.forEach.call(doc.querySelectorAll(".a"), function (el) {
      var p = el.dataset.a.split(".");
      found[+p[0]][doc.dataset.i + ":" + p[1]] = 1;
    });
  });
  boxes.forEach(function (b) {
    var row = b.closest(".lg"), n = Object.keys(found[+b.dataset.k]).length;
    row.setAttribute("data-found", n);
    if (n !== +row.dataset.count) {
      row.setAttribute("data-missing", "");
      row.title = (+row.dataset.count - n) + " annotation(s) could not be placed in the text";
    }
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function scalar(v) { return v === null || typeof v !== "object"; }
  function fmt(v) {
    if (Array.isArray(v) && v.every(function (x) { return scalar(x) && x !== null; }))
      return fmt(v.map(function (x) { return fmt(x); }).join(", "));
    var s = typeof v === "string" ? v : typeof v === "number" ? String(+v.toPrecision(6)) : JSON.stringify(v);
    return s.length > 300 ? s.slice(0, 299) + "\u2026" : s;
  }
  function row(tb, key, value) {
    var tr = el("tr"); tr.appendChild(el("th", "", key)); tr.appendChild(el("td", "", value)); tb.appendChild(tr);
  }
  function attrRows(tb, v, prefix, depth) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) { row(tb, prefix || "value", fmt(v)); return; }
    Object.keys(v).forEach(function (key) {
      var x = v[key];
      if (x && typeof x === "object" && !Array.isArray(x) && depth < 3 && Object.keys(x).length)
        attrRows(tb, x, prefix + key + ".", depth + 1);
      else row(tb, prefix + key, fmt(x));
    });
  }
  function card(span) {
    var doc = span.closest(".doc"), p = span.dataset.a.split("."), k = +p[0], j = +p[1];
    var a = D.articles[+doc.dataset.i].ann[k][j], layer = D.layers[k];
    var c = el("div", "card S" + k), hd = el("div", "hd");
    c.setAttribute("data-layer", layer.name);
    hd.appendChild(el("span", "ly", layer.name + " #" + (j + 1)));
    hd.appendChild(el("span", "lb", a[2]));
    c.appendChild(hd);
    c.appendChild(el("q", "", a[6]));
    var tb = el("table"), tbody = el("tbody");
    row(tbody, "span", a[0] + "\u2013" + a[1]);
    row(tbody, "confidence", fmt(a[4]));
    row(tbody, "producer", D.producers[a[3]]);
    var attrs = a[5];
    if (attrs && (typeof attrs !== "object" || Array.isArray(attrs) || Object.keys(attrs).length))
      attrRows(tbody, attrs, "", 0);
    tb.appendChild(tbody); c.appendChild(tb);
    return c;
  }
  function chain(target) {
    var out = [], a = target && target.closest ? target.closest(".a") : null;
    while (a) {
      if (!isOff(+a.dataset.a.split(".")[0])) out.push(a);
      a = a.parentElement ? a.parentElement.closest(".a") : null;
    }
    return out;
  }
  function light(span, cls) {
    lit.forEach(function (e) { e.classList.remove("hl", "pin"); });
    lit = [];
    if (!span) return;
    var doc = span.closest(".doc");
    lit = Array.prototype.slice.call(doc.querySelectorAll('.a[data-a="' + span.dataset.a + '"]'));
    lit.forEach(function (e) { e.classList.add(cls); });
  }
  function show(spans) {
    Array.prototype.slice.call(info.querySelectorAll(".card")).forEach(function (c) { c.remove(); });
    hint.hidden = spans.length > 0;
    spans.forEach(function (s) { info.appendChild(card(s)); });
  }
  function pin(spans) {
    pinned = spans.length > 0;
    if (pinned) info.setAttribute("data-pinned", ""); else info.removeAttribute("data-pinned");
    light(spans[0], "pin"); show(spans);
  }
  var main = document.querySelector("main");
  main.addEventListener("mouseover", function (e) {
    if (pinned) return;
    var c = chain(e.target); light(c[0], "hl"); show(c);
  });
  main.addEventListener("click", function (e) {
    if (e.target.closest("a[href]")) return;
    pin(chain(e.target));
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") pin([]); });

  // View state from the fragment: #show=tokens,language&hide=sentences&select=sentences:2[:article]
  function layerIndex(name) {
    for (var k = 0; k < D.layers.length; k++) if (D.layers[k].name === name) return k;
    return -1;
  }
  function applyHash() {
    var h = location.hash.slice(1);
    if (h.indexOf("=") < 0) return;
    var q = new URLSearchParams(h);
    [["show", true], ["hide", false]].forEach(function (x) {
      var v = q.get(x[0]);
      if (!v) return;
      v.split(",").forEach(function (name) {
        if (name === "all") D.layers.forEach(function (l, k) { setLayer(k, x[1]); });
        else if (layerIndex(name) >= 0) setLayer(layerIndex(name), x[1]);
      });
    });
    syncHidden();
    var sel = q.get("select");
    if (sel) {
      var p = sel.split(":"), k = layerIndex(p[0]), j = (+p[1] || 1) - 1, art = +(p[2] || 0);
      var doc = document.querySelector('.doc[data-i="' + art + '"]');
      var span = doc && k >= 0 ? doc.querySelector('.a[data-a="' + k + "." + j + '"]') : null;
      if (span) { setLayer(k, true); syncHidden(); pin(chain(span)); span.scrollIntoView({block: "center"}); }
    }
  }
  window.addEventListener("hashchange", applyHash);
  applyHash();
  document.documentElement.setAttribute("data-ready", "1");
})();
"""
