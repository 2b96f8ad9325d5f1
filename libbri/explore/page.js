/* The explorer page's script: reads the data libbri wrote into
 * #bri-data, draws the network with sigma.js over a graphology graph, and
 * wires the search box, the clicks, the legend and the time window. Every
 * string from the data reaches the document through textContent, never as
 * markup. window.briExplorer exposes the state the tests and benchmark
 * read. */
(function () {
  "use strict";
  /* performance marks name the phases the benchmark reports. */
  performance.mark("bri-start");
  var D = JSON.parse(document.getElementById("bri-data").textContent);
  performance.mark("bri-parsed");
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                 "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a"];
  var nodes = D.nodes, edges = D.edges;
  var $ = function (id) { return document.getElementById(id); };
  var byId = new Map();
  nodes.forEach(function (n, i) { byId.set(n.id, i); });
  function entityName(id) {
    var i = byId.get(id);
    return i !== undefined ? nodes[i].name : D.names[id] || id;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function nodeName(i) {
    var n = nodes[i];
    return n.name_zh && n.name_zh !== n.name ? n.name + " (" + n.name_zh + ")" : n.name;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  /* ---- the time window: the library's overlap rule ---- */
  /* A bound is a partial date; the from bound starts on its first day, the
   * to bound ends on its last. Days are compared as YYYY-MM-DD strings, and
   * "-31" / "-12-31" is a valid upper bound for any month or year. */
  var DATE_RE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  function lowBound(s) {
    var m = DATE_RE.exec(s);
    return !m ? undefined : s + (m[5] ? "" : m[3] ? "-01" : "-01-01");
  }
  function highBound(s) {
    var m = DATE_RE.exec(s);
    return !m ? undefined : s + (m[5] ? "" : m[3] ? "-31" : "-12-31");
  }
  /* Relations arrive as arrays in the order of D.relation_columns. */
  var rels = D.relations.map(function (a) {
    var r = {};
    D.relation_columns.forEach(function (c, i) { r[c] = a[i]; });
    r.first = r.date ? lowBound(r.date) : null;
    r.last = r.date ? highBound(r.end_date || r.date) : null;
    return r;
  });
  var lo = null, hi = null;
  function relationIn(r) {
    if (lo === null && hi === null) return true;
    if (!r.first) return false;            /* undated: only an open window */
    if (lo !== null && r.last < lo) return false;
    if (hi !== null && r.first > hi) return false;
    return true;
  }
  /* Whether any of the relations at positions @at of @r is in the window. */
  function anyIn(r, at) {
    for (var j = 0; j < at.length; j++) if (relationIn(rels[r[at[j]]])) return true;
    return false;
  }
  var edgeVisible = new Uint8Array(edges.length);
  var nodeVisible = new Uint8Array(nodes.length);
  var nVisibleEdges = 0, nVisibleNodes = 0;
  function applyWindow() {
    nVisibleEdges = 0;
    nodeVisible.fill(0);
    for (var e = 0; e < edges.length; e++) {
      var r = edges[e].r, m = edges[e].m, v = 0;
      if (m) {
        /* An actor projection: the two actors meet in the window when, for
         * one item, a relation of each of them to it overlaps the window. */
        for (var i = 0; i < m.length && !v; i++) v = anyIn(r, m[i][0]) && anyIn(r, m[i][1]) ? 1 : 0;
      } else {
        for (var k = 0; k < r.length && !v; k++) v = relationIn(rels[r[k]]) ? 1 : 0;
      }
      edgeVisible[e] = v;
      if (v) { nVisibleEdges++; nodeVisible[edges[e].s] = 1; nodeVisible[edges[e].t] = 1; }
    }
    nVisibleNodes = 0;
    for (var i = 0; i < nodes.length; i++) nVisibleNodes += nodeVisible[i];
    var w = $("window");
    w.textContent = (lo === null && hi === null ? "all dates (undated relations included)"
                     : (lo || "…") + " to " + (hi || "…")) + ": ";
    var span = el("span", String(nVisibleEdges));
    span.id = "visible-edges";
    w.appendChild(span);
    w.appendChild(document.createTextNode(" of " + plural(edges.length, "edge", "edges") +
                                          " and " + nVisibleNodes + " of " +
                                          plural(nodes.length, "entity", "entities") + " shown"));
    if (renderer) renderer.refresh();
  }

  /* ---- header, legend ---- */
  $("counts").textContent = plural(nodes.length, "entity", "entities") + " · " +
    plural(edges.length, "edge", "edges") + " · " + plural(rels.length, "relation", "relations") +
    " · node size: " + D.size + " · colour: " + D.color;
  var groupSize = {};
  nodes.forEach(function (n) { groupSize[n.group] = (groupSize[n.group] || 0) + 1; });
  $("size-legend").textContent = "Node area grows with " + D.size + "; colour shows the " + D.color + ".";
  var legend = $("legend");
  D.groups.forEach(function (label, g) {
    if (g >= PALETTE.length) return;
    var li = el("li");
    var sw = el("span", null, "swatch");
    sw.style.background = PALETTE[g];
    li.appendChild(sw);
    li.appendChild(document.createTextNode(label + " (" + (groupSize[g] || 0) + ")"));
    legend.appendChild(li);
  });
  if (D.groups.length > PALETTE.length)
    legend.appendChild(el("li", "… " + (D.groups.length - PALETTE.length) +
                               " more groups reuse the colours"));

  /* ---- the details panel ---- */
  function relationItem(r, showEnds) {
    var li = el("li");
    li.appendChild(el("span", r.kind, "kind"));
    if (showEnds)
      li.appendChild(document.createTextNode(" " + entityName(r.from) + (D.directed ? " → " : " — ") +
                                             entityName(r.to)));
    var meta = [];
    meta.push(r.date ? (r.end_date ? r.date + " – " + r.end_date : r.date) : "undated");
    if (r.title) meta.push("《" + r.title + "》");
    var st = r.source && D.source_titles[r.source];
    if (r.source) meta.push("source: " + (st ? st + " [" + r.source + "]" : r.source));
    if (r.confidence !== 1) meta.push("confidence " + r.confidence);
    li.appendChild(el("div", meta.join(" · "), "meta"));
    if (r.evidence) li.appendChild(el("blockquote", r.evidence, "evidence"));
    return li;
  }
  function listRelations(box, list, showEnds) {
    var LIMIT = 200, ol = el("ol");
    list.slice(0, LIMIT).forEach(function (k) { ol.appendChild(relationItem(rels[k], showEnds)); });
    box.appendChild(ol);
    if (list.length > LIMIT) box.appendChild(el("p", "… and " + (list.length - LIMIT) + " more"));
  }
  var selectedNode = -1, selectedEdge = -1, neighbours = null;
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { incident[e.s].push(i); incident[e.t].push(i); });

  function selectNode(i) {
    selectedNode = i; selectedEdge = -1;
    neighbours = new Set([i]);
    var box = $("details");
    box.textContent = "";
    box.dataset.node = nodes[i].id;
    delete box.dataset.edge;
    var n = nodes[i];
    box.appendChild(el("h2", nodeName(i)));
    box.appendChild(el("p", n.id + " · " + n.kind + (n.aliases.length ? " · also " + n.aliases.join(", ") : ""), "meta"));
    var list = [];
    incident[i].forEach(function (e) {
      neighbours.add(edges[e].s); neighbours.add(edges[e].t);
      edges[e].r.forEach(function (k) { list.push(k); });
    });
    list.sort(function (a, b) { return a - b; });
    box.appendChild(el("p", plural(incident[i].length, "edge", "edges") + ", " +
                            plural(list.length, "relation", "relations") + ":"));
    listRelations(box, list, true);
    if (renderer) {
      renderer.refresh();
      var a = graph.getNodeAttributes(String(i));
      renderer.getCamera().animate({ x: renderer.normalizationFunction({ x: a.x, y: a.y }).x,
                                     y: renderer.normalizationFunction({ x: a.x, y: a.y }).y },
                                   { duration: 300 });
    }
  }
  function selectEdge(e) {
    selectedEdge = e; selectedNode = -1;
    neighbours = new Set([edges[e].s, edges[e].t]);
    var box = $("details");
    box.textContent = "";
    box.dataset.edge = String(e);
    delete box.dataset.node;
    box.appendChild(el("h2", nodeName(edges[e].s) + (D.directed ? " → " : " — ") + nodeName(edges[e].t)));
    box.appendChild(el("p", plural(edges[e].r.length, "relation", "relations") +
                            " behind this edge (weight " + edges[e].w + "):"));
    listRelations(box, edges[e].r, true);
    if (renderer) renderer.refresh();
  }

  /* ---- search: exact names first, never a silent guess ---- */
  function norm(s) { return s.normalize("NFKC").trim().toLowerCase(); }
  var byName = new Map();
  nodes.forEach(function (n, i) {
    [n.id, n.name, n.name_zh].concat(n.aliases, n.keys).forEach(function (s) {
      if (!s) return;
      var k = norm(s), l = byName.get(k);
      if (!l) byName.set(k, l = []);
      if (l.indexOf(i) < 0) l.push(i);
    });
  });
  function search(q) {
    var k = norm(q), ul = $("matches");
    ul.textContent = "";
    if (!k) return [];
    var found = byName.get(k) || [];
    if (!found.length)
      byName.forEach(function (l, name) {
        if (name.indexOf(k) >= 0) l.forEach(function (i) { if (found.indexOf(i) < 0) found.push(i); });
      });
    if (found.length === 1) { selectNode(found[0]); return found; }
    if (!found.length) { ul.appendChild(el("li", "no entity is called “" + q + "”", "error")); return found; }
    found.slice(0, 30).forEach(function (i) {
      var li = el("li"), b = el("button", nodeName(i) + " [" + nodes[i].id + "]");
      b.type = "button";
      b.addEventListener("click", function () { selectNode(i); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    if (found.length > 30) ul.appendChild(el("li", "… " + (found.length - 30) + " more"));
    return found;
  }
  $("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("search").value); });

  /* ---- the time window's controls ---- */
  var months = D.months, sFrom = $("slider-from"), sTo = $("slider-to");
  sFrom.max = sTo.max = String(Math.max(months.length - 1, 0));
  sTo.value = sTo.max;
  if (!months.length) { sFrom.disabled = sTo.disabled = true; }
  function readFields() {
    var f = $("from").value.trim(), t = $("to").value.trim(), ok = true;
    var l = f ? lowBound(f) : null, h = t ? highBound(t) : null;
    $("from").setAttribute("aria-invalid", l === undefined ? "true" : "false");
    $("to").setAttribute("aria-invalid", h === undefined ? "true" : "false");
    if (l === undefined || h === undefined) ok = false;
    if (!ok) return;
    lo = l; hi = h;
    applyWindow();
  }
  /* A slider at its end is no bound at all, so undated relations stay
   * until a slider moves. */
  function readSliders() {
    var a = +sFrom.value, b = +sTo.value;
    if (a > b) { if (this === sFrom) sTo.value = String(a); else sFrom.value = String(b); a = b = +this.value; }
    $("from").value = a > 0 ? months[a] : "";
    $("to").value = b < months.length - 1 ? months[b] : "";
    readFields();
  }
  sFrom.addEventListener("input", readSliders);
  sTo.addEventListener("input", readSliders);
  $("from").addEventListener("change", readFields);
  $("to").addEventListener("change", readFields);

  /* ---- the network ---- */
  var graph = null, renderer = null;
  var api = {
    data: D,
    search: search,
    selectNode: selectNode,
    selectEdge: selectEdge,
    visibleEdges: function () { return nVisibleEdges; },
    visibleNodes: function () { return nVisibleNodes; },
    renderedNodes: function () { return graph ? graph.order : 0; },
    renderedEdges: function () { return graph ? graph.size : 0; },
    /* Where edge @e's middle is on the screen, in page coordinates. */
    edgeMiddle: function (e) {
      var a = renderer.graphToViewport(graph.getNodeAttributes(String(edges[e].s)));
      var b = renderer.graphToViewport(graph.getNodeAttributes(String(edges[e].t)));
      var r = $("graph").getBoundingClientRect();
      return { x: r.left + (a.x + b.x) / 2, y: r.top + (a.y + b.y) / 2 };
    },
    nodePosition: function (i) {
      var a = renderer.graphToViewport(graph.getNodeAttributes(String(i)));
      var r = $("graph").getBoundingClientRect();
      return { x: r.left + a.x, y: r.top + a.y };
    }
  };
  window.briExplorer = api;

  if (!nodes.length) {
    $("graph").hidden = true;
    $("empty").hidden = false;
    $("empty").textContent = "No relation matches the filters that made this page: the view is empty.";
    applyWindow();
    document.body.dataset.ready = "1";
    return;
  }
  var G = graphology.Graph || graphology;
  graph = new G({ type: D.directed ? "directed" : "undirected", multi: false, allowSelfLoops: false });
  nodes.forEach(function (n, i) {
    graph.addNode(String(i), { x: n.x, y: 1 - n.y, size: 2 + 12 * Math.sqrt(n.score),
                               label: n.name, color: PALETTE[n.group % PALETTE.length] });
  });
  edges.forEach(function (e, i) {
    graph.addEdgeWithKey(String(i), String(e.s), String(e.t),
                         { size: Math.min(0.5 + Math.log(1 + e.w), 4), color: "#b8b8b8" });
  });
  performance.mark("bri-graph");
  var SigmaClass = typeof Sigma === "function" ? Sigma : (Sigma.Sigma || Sigma.default);
  applyWindow();
  renderer = new SigmaClass(graph, $("graph"), {
    enableEdgeClickEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    labelFont: "Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif",
    nodeReducer: function (key, a) {
      var i = +key;
      if (!nodeVisible[i]) return Object.assign({}, a, { hidden: true });
      if (neighbours && !neighbours.has(i)) return Object.assign({}, a, { color: "#e0e0e0", label: "" });
      if (i === selectedNode) return Object.assign({}, a, { highlighted: true });
      return a;
    },
    edgeReducer: function (key, a) {
      var e = +key;
      if (!edgeVisible[e]) return Object.assign({}, a, { hidden: true });
      if (e === selectedEdge) return Object.assign({}, a, { color: "#d62728", size: a.size + 2 });
      if (selectedNode >= 0 && (edges[e].s === selectedNode || edges[e].t === selectedNode))
        return Object.assign({}, a, { color: "#555" });
      if (neighbours) return Object.assign({}, a, { color: "#eeeeee" });
      return a;
    }
  });
  performance.mark("bri-sigma");
  renderer.on("clickNode", function (ev) { selectNode(+ev.node); });
  renderer.on("clickEdge", function (ev) { selectEdge(+ev.edge); });
  renderer.on("clickStage", function () {
    selectedNode = selectedEdge = -1; neighbours = null; renderer.refresh();
  });
  api.renderer = renderer;
  api.graph = graph;
  /* A link may name an entity to select: PAGE.html#find=老撾. */
  var m = /^#find=(.+)$/.exec(location.hash);
  if (m) { $("search").value = decodeURIComponent(m[1]); search($("search").value); }
  requestAnimationFrame(function () { performance.mark("bri-ready"); document.body.dataset.ready = "1"; });
})();
