// tools/gazetteer/pinyin.js — toneless pinyin for tools/gen-gazetteer.py.
// Reads one Chinese name per line on stdin and writes, per line, its
// syllables in lowercase ASCII separated by single spaces (ü as "v" is
// turned into "u" by the caller's slug rule; here it stays "ü").
// pinyin-pro's surname/place-name handling is not used: its default
// segmentation already reads most place names right, and the rest are in
// the generator's override table.
const { pinyin } = require("pinyin-pro");
const lines = require("fs").readFileSync(0, "utf8").split("\n");
if (lines.length && lines[lines.length - 1] === "") lines.pop();
const out = lines.map((s) =>
  pinyin(s, { toneType: "none", type: "array", nonZh: "removed", v: false }).join(" ")
);
process.stdout.write(out.map((l) => l + "\n").join(""));
