// tests/browser/explore.js — opens pages written by `bri explore` in
// Debian's chromium (headless, driven by puppeteer-core from
// tools/explore/node_modules) with every network request refused, and checks
// what a reader sees. Called by tests/browser/test-explore.sh, which writes
// the pages and asks the library for the expected values; it prints one
// `ok - …` or `FAIL - …` line per check and exits 1 when any failed.
//
// Environment: BRI_EXPLORE_MODULES (node_modules), CHROMIUM (the browser),
// EXPECT (a JSON file of the pages and expected values), SHOT (the
// screenshot to write).
"use strict";
const fs = require("fs");
const path = require("path");
const puppeteer = require(path.join(process.env.BRI_EXPLORE_MODULES, "puppeteer-core"));

const expect = JSON.parse(fs.readFileSync(process.env.EXPECT, "utf8"));
let failed = 0;
function check(name, ok, detail) {
  if (ok) console.log("ok - " + name);
  else { failed++; console.log("FAIL - " + name + (detail !== undefined ? ": " + detail : "")); }
}
function eq(name, got, want) { check(name, got === want, "got " + JSON.stringify(got) + ", expected " + JSON.stringify(want)); }

// A page opened with no network: any request other than the file itself is
// refused and counted.
async function open(browser, file) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const refused = [];
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  const url = "file://" + path.resolve(file);
  page.on("request", (r) => {
    if (r.url() === url) r.continue();
    else { refused.push(r.url()); r.abort(); }
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction("document.body.dataset.ready === '1'", { timeout: 20000 });
  return { page, refused, errors };
}

// Types the window @f ({from, to}) into the page's fields; returns how many
// edges the page then shows.
function typeWindow(page, f) {
  return page.evaluate((f) => {
    document.getElementById("from").value = f.from;
    document.getElementById("to").value = f.to;
    document.getElementById("to").dispatchEvent(new Event("change"));
    return briExplorer.visibleEdges();
  }, f);
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: "new",
    // Root in CI containers needs --no-sandbox, a chroot may lack a large
    // /dev/shm; WebGL on a machine with no GPU goes through SwiftShader.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
           "--no-first-run", "--no-default-browser-check", "--proxy-server=127.0.0.1:9"],
  });
  try {
    // ---- the bundled data ----
    const { page, refused, errors } = await open(browser, expect.page);
    eq("the page asks the network for nothing", refused.length, 0);
    eq("the page's script raises no error", errors.join("; "), "");
    const rendered = await page.evaluate(() => ({
      nodes: briExplorer.renderedNodes(), edges: briExplorer.renderedEdges(),
      visible: briExplorer.visibleEdges(),
      canvases: document.querySelectorAll("#graph canvas").length,
      title: document.title, caption: document.getElementById("caption").textContent }));
    eq("sigma's graph holds the view's entities", rendered.nodes, expect.nodes);
    eq("sigma's graph holds the view's edges", rendered.edges, expect.edges);
    eq("every edge is shown while the window is open", rendered.visible, expect.edges);
    check("sigma drew into its canvases", rendered.canvases >= 2, rendered.canvases);
    eq("the title is the one asked for", rendered.title, expect.title);
    check("the caption names the data and the filters",
          rendered.caption.includes("bundled data set") && rendered.caption.includes("Filters:"),
          rendered.caption);

    // Search: Traditional 老撾 and English Laos select the same entity.
    async function find(q) {
      await page.$eval("#search", (e) => { e.value = ""; });
      await page.type("#search", q);
      await page.click("#search-form button[type=submit]");
      return page.$eval("#details", (e) => e.dataset.node || null);
    }
    const trad = await find("老撾"), eng = await find("Laos");
    eq("searching 老撾 selects Laos's entity", trad, expect.laos);
    eq("searching Laos selects the same entity", eng, expect.laos);
    const listed = await page.$$eval("#details li", (l) => l.length);
    eq("a selected node lists its relations", listed, expect.laos_relations);

    const edgeIndex = await page.evaluate((a, b) => {
      const d = briExplorer.data, id = (i) => d.nodes[i].id;
      return d.edges.findIndex((e) => (id(e.s) === a && id(e.t) === b) || (id(e.s) === b && id(e.t) === a));
    }, expect.edge.a, expect.edge.b);
    check("the page has the edge " + expect.edge.a + " — " + expect.edge.b, edgeIndex >= 0, edgeIndex);
    // A real click on the middle of an edge shows every relation behind it,
    // evidence verbatim. The edge is moved to the middle of the screen first,
    // once the camera's move to the searched entity is over.
    // Under load the animation can outlast any fixed wait, and a frame of
    // it after the move below would put the camera back on the entity.
    await page.waitForFunction("!briExplorer.renderer.getCamera().isAnimated()", { timeout: 20000 });
    await page.evaluate((e) => {
      const ex = briExplorer, g = ex.graph, d = ex.data.edges[e];
      const a = g.getNodeAttributes(String(d.s)), b = g.getNodeAttributes(String(d.t));
      const c = ex.renderer.normalizationFunction({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      ex.renderer.getCamera().setState({ x: c.x, y: c.y, ratio: 0.25 });
      ex.renderer.getCamera().emit("updated", ex.renderer.getCamera().getState());
    }, edgeIndex);
    await page.mouse.click(1, 1);           // the stage: nothing selected
    // Two frames: the camera's new state drawn, so clicks pick on it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await new Promise((r) => setTimeout(r, 300));
    const mid = await page.evaluate((e) => briExplorer.edgeMiddle(e), edgeIndex);
    await page.mouse.click(mid.x, mid.y);
    await new Promise((r) => setTimeout(r, 200));
    const shown = await page.$eval("#details", (d) => ({
      edge: d.dataset.edge,
      evidence: Array.from(d.querySelectorAll("blockquote.evidence")).map((q) => q.textContent),
      kinds: Array.from(d.querySelectorAll(".kind")).map((k) => k.textContent),
      meta: Array.from(d.querySelectorAll(".meta")).map((k) => k.textContent) }));
    eq("clicking the edge selects it", shown.edge, String(edgeIndex));
    eq("the edge's relations' evidence is shown verbatim", JSON.stringify(shown.evidence),
       JSON.stringify(expect.edge.evidence));
    eq("each relation's kind is shown", JSON.stringify(shown.kinds), JSON.stringify(expect.edge.kinds));
    check("each relation's date and source are shown",
          expect.edge.dates.every((d, i) => shown.meta[i] && shown.meta[i].includes(d)) &&
          expect.edge.sources.every((s, i) => shown.meta[i] && shown.meta[i].includes(s)),
          JSON.stringify(shown.meta));

    // The time window: the sliders, then the fields; the library's own
    // windowed view says how many edges remain.
    const w = expect.window;
    const byslider = await page.evaluate((w) => {
      const m = briExplorer.data.months, f = document.getElementById("slider-from"),
            t = document.getElementById("slider-to");
      f.value = String(m.indexOf(w.from)); f.dispatchEvent(new Event("input"));
      t.value = String(m.indexOf(w.to)); t.dispatchEvent(new Event("input"));
      return { visible: briExplorer.visibleEdges(), text: document.getElementById("visible-edges").textContent,
               from: document.getElementById("from").value, to: document.getElementById("to").value };
    }, w);
    eq("the sliders set the window's fields", byslider.from + ".." + byslider.to, w.from + ".." + w.to);
    eq("moving the window shows the library's window count of edges", byslider.visible, w.edges);
    eq("the page says how many edges the window shows", byslider.text, String(w.edges));
    check("the window hides some edges", w.edges < expect.edges, w.edges);
    for (const f of expect.fields) {
      const got = await typeWindow(page, f);
      eq("window " + (f.from || "…") + " to " + (f.to || "…") + " shows the library's count", got, f.edges);
    }
    await page.evaluate(() => {
      document.getElementById("from").value = "";
      document.getElementById("to").value = "";
      document.getElementById("to").dispatchEvent(new Event("change"));
    });

    // ---- an actor projection: its window keeps an edge when both actors
    // have a relation to one shared item in it, as the library's windowed
    // projection does ----
    {
      const pr = expect.projected;
      const { page: pp, errors: perr } = await open(browser, pr.page);
      eq("the projected page's script raises no error", perr.join("; "), "");
      eq("the projected page shows every edge while the window is open",
         await pp.evaluate(() => briExplorer.visibleEdges()), pr.edges);
      for (const f of pr.fields) {
        const got = await typeWindow(pp, f);
        eq("projection, window " + f.from + " to " + (f.to || "…") + " shows the library's count", got, f.edges);
      }
      await pp.close();
    }

    // The screenshot: written, then decoded by the browser and checked not
    // blank (many non-white pixels, several colours in the network's area).
    await page.screenshot({ path: process.env.SHOT });
    const b64 = fs.readFileSync(process.env.SHOT).toString("base64");
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = "data:image/png;base64," + b64;
      await img.decode();
      const r = document.getElementById("graph").getBoundingClientRect();
      const c = document.createElement("canvas");
      c.width = Math.floor(r.width); c.height = Math.floor(r.height);
      const x = c.getContext("2d");
      x.drawImage(img, r.left, r.top, r.width, r.height, 0, 0, r.width, r.height);
      const d = x.getImageData(0, 0, c.width, c.height).data, colours = new Set();
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) ink++;
        colours.add((d[i] >> 4) << 8 | (d[i + 1] >> 4) << 4 | (d[i + 2] >> 4));
      }
      return { width: img.naturalWidth, ink: ink / (d.length / 4), colours: colours.size };
    }, b64);
    eq("the screenshot is 1400 pixels wide", stats.width, 1400);
    check("the screenshot's network is not blank (≥ 0.5 % ink)", stats.ink >= 0.005, stats.ink);
    check("the screenshot's network has colours (≥ 8)", stats.colours >= 8, stats.colours);
    await page.close();

    // ---- an empty view ----
    {
      const { page: p, errors: errs } = await open(browser, expect.empty);
      const s = await p.evaluate(() => ({ text: document.getElementById("empty").textContent,
                                          hidden: document.getElementById("empty").hidden,
                                          nodes: briExplorer.data.nodes.length }));
      eq("an empty view's page raises no error", errs.join("; "), "");
      check("an empty view's page says so", !s.hidden && /empty/.test(s.text), s.text);
      eq("an empty view's page has no entity", s.nodes, 0);
      await p.close();
    }

    // ---- hostile names: nothing breaks out of the data or the text ----
    {
      const { page: p, errors: errs } = await open(browser, expect.hostile.page);
      const s = await p.evaluate(() => ({
        injected: window.__pwned === true,
        scripts: document.scripts.length,
        names: briExplorer.data.nodes.map((n) => n.name).sort(),
        title: document.title, h1: document.getElementById("title").textContent,
        count: briExplorer.renderedNodes() }));
      eq("hostile names raise no error", errs.join("; "), "");
      eq("no hostile name ran as a script", s.injected, false);
      eq("the page keeps its own four scripts", s.scripts, 4);
      eq("hostile names arrive intact", JSON.stringify(s.names), JSON.stringify(expect.hostile.names.slice().sort()));
      eq("a hostile title is text", s.h1, expect.hostile.title);
      eq("a hostile title is the document's title", s.title, expect.hostile.title);
      eq("every hostile entity is drawn", s.count, expect.hostile.names.length);
      // Selecting a hostile entity shows its name as text, not markup.
      const d = await p.evaluate((q) => { briExplorer.search(q);
        const d = document.getElementById("details");
        return { h2: d.querySelector("h2").textContent, tags: d.querySelectorAll("script, img, b").length }; },
        expect.hostile.names[0]);
      eq("a hostile name in the details is text", d.h2, expect.hostile.names[0]);
      eq("no markup from a name reaches the details", d.tags, 0);
      // A name the data hold only in Simplified is found in Traditional.
      const trad = await p.evaluate(() => { briExplorer.search("老撾測試組織");
        return document.getElementById("details").dataset.node; });
      eq("a Traditional query finds a name held only in Simplified", trad, "org:simplified");
      await p.close();
    }
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(failed ? 1 : 0),
            (e) => { console.log("FAIL - the browser test stopped: " + (e && e.stack || e)); process.exit(1); });
