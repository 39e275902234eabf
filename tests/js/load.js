// Loads docs/assets/work-store.js and work-file.js into a fresh context with an in-memory localStorage, as a page would.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..", "..");

function memoryStorage(initial) {
  const data = new Map(Object.entries(initial || {}));
  return {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => { data.set(k, String(v)); },
    removeItem: (k) => { data.delete(k); },
    clear: () => data.clear(),
    get length() { return data.size; },
    dump: () => Object.fromEntries(data),
  };
}

function loadStore(initial) {
  const localStorage = memoryStorage(initial);
  const window = { localStorage, crypto: globalThis.crypto, Uint8Array };
  const context = vm.createContext({ window, JSON, Date, Math, Array, Object, Map, String, Number, Uint8Array, isNaN });
  for (const name of ["work-store.js", "work-file.js"]) {
    vm.runInContext(fs.readFileSync(path.join(ROOT, "docs/assets", name), "utf8"), context, { filename: name });
  }
  // Values made in the page's realm: compare them through JSON.
  return { work: window.GuidedWork, storage: localStorage, plain: (v) => JSON.parse(JSON.stringify(v)) };
}

// A small reading: two quizzes' worth of questions, a word-work exercise, a prompt and a prediction.
function catalog(teacher) {
  const q = (id, n, correct) => Object.assign({ id, prompt: "Question " + id, choices: Array.from({ length: n }, (_, i) => "option " + i) }, teacher ? { correct } : {});
  return {
    reading: { slug: "r", title: "A Reading", edition: "abc" },
    parts: [{ id: "p1", title: "Part one" }],
    quizzes: [{ id: "p1", title: "Part one", href: "p1.html#quiz", questions: [q("q1", 4, [0]), q("q2", 3, [1, 2])] }],
    word_work: [{ id: "p1-words", title: "Word work: Part one", href: "p1.html#word-work", questions: [q("w1", 4, [3])] }],
    written: [{ id: "w", prompt: "Explain.", part: "p1", part_title: "Part one", min_words: 5, href: "p1.html#write-w" }],
    predictions: [{ id: "f1", label: "Figure", prompt: "Guess", choices: ["low", "high"], href: "p1.html#fig-f1" }],
  };
}

module.exports = { loadStore, catalog, ROOT };
