// bench/explore/page.js — how long an explorer page takes to become
// interactive in Debian's headless chromium: each run is a fresh browser
// process (puppeteer-core from $BRI_EXPLORE_MODULES) that opens the page
// with no network and waits for the page's ready flag (set on the first
// frame after sigma.js drew the graph and every control was wired), then
// times one search and one time-window move.
//
//   node bench/explore/page.js PAGE.html RUNS
//
// Prints one line per run and the medians: `ready` is the page's own
// clock from navigation start to the ready flag (its performance mark);
// `process` is the wall clock from launching chromium to the ready flag.
"use strict";
const path = require("path");
const puppeteer = require(path.join(process.env.BRI_EXPLORE_MODULES, "puppeteer-core"));

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };

async function once() {
  const t0 = Date.now();
  process.stderr.write("");
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: "new",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
           "--proxy-server=127.0.0.1:9"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
    await page.waitForFunction("document.body.dataset.ready === '1'", { timeout: 60000, polling: 10 });
    const wall = Date.now() - t0;
    // The renderer's main-thread task time up to the ready flag (CDP's
    // Performance.getMetrics): CPU work that other programs on a shared
    // machine do not inflate as they inflate the wall clock.
    const task = (await page.metrics()).TaskDuration * 1000;
    const r = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(n)[0].startTime;
      const ready = mark("bri-ready");
      const phases = { scripts: mark("bri-start"), parse: mark("bri-parsed") - mark("bri-start"),
                       graph: mark("bri-graph") - mark("bri-parsed"),
                       sigma: mark("bri-sigma") - mark("bri-graph"),
                       frame: mark("bri-ready") - mark("bri-sigma") };
      const d = briExplorer.data;
      let t = performance.now();
      briExplorer.search(d.nodes[0].name);
      const search = performance.now() - t;
      t = performance.now();
      const s = document.getElementById("slider-from");
      s.value = String(Math.floor(d.months.length / 2));
      s.dispatchEvent(new Event("input"));
      const windowMove = performance.now() - t;
      return { ready, phases, search, windowMove, nodes: d.nodes.length, edges: d.edges.length,
               relations: d.relations.length, visible: briExplorer.visibleEdges() };
    });
    return Object.assign(r, { wall, task });
  } finally {
    await browser.close();
  }
}

(async () => {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const r = await once();
    all.push(r);
    console.log(`run ${i + 1}: ready ${r.ready.toFixed(0)} ms, main-thread tasks ${r.task.toFixed(0)} ms, process ${r.wall} ms, ` +
                `search ${r.search.toFixed(1)} ms, window move ${r.windowMove.toFixed(1)} ms ` +
                `[${Object.entries(r.phases).map(([k, v]) => k + " " + v.toFixed(0)).join(", ")}] ` +
                `(${r.nodes} entities, ${r.edges} edges, ${r.relations} relations; ${r.visible} edges in the window)`);
  }
  console.log(`median of ${runs}: ready ${median(all.map((r) => r.ready)).toFixed(0)} ms, ` +
              `main-thread tasks ${median(all.map((r) => r.task)).toFixed(0)} ms, ` +
              `process ${median(all.map((r) => r.wall))} ms, search ${median(all.map((r) => r.search)).toFixed(1)} ms, ` +
              `window move ${median(all.map((r) => r.windowMove)).toFixed(1)} ms`);
})().catch((e) => { console.error(e); process.exit(1); });
