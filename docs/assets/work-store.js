/* Student work kept on this device: one place that reads and writes it, for every feature.

   Keys are versioned ("guided-readings:v1:<reading>:<kind>:<id>", and "guided-readings:v1:name"
   for the name a student types). Whatever is read back (from localStorage, from a saved file or from
   an address) goes through the validator of its kind, and every id is checked against the reading's
   own ids (Map and Object.create(null): a key such as "constructor" or "__proto__" is only a key);
   anything unexpected counts as "nothing stored", so a bad value resets that piece of work and never
   breaks a page. Writing never throws.

   Other features add a kind with GuidedWork.kind(name, validate): validate(value) returns the
   cleaned value, or null when the value cannot be used.

   Records (the data contract Hand-in builds on; docs/authoring.md, "Student work"):
   quiz, per question  {chosen: [int], checked, right, first: {chosen: [int], right} | null, tries, revealed}
   written             {text, updated, compared, draft: string | null, drafted: iso | null}
   assignment          {parts, questions, prompts, due, test, submitted: iso | null}
   prediction          {choice, at} */
(function () {
  "use strict";

  var PREFIX = "guided-readings:v1:";
  var LIMIT = 30000; // a written answer, in characters: about 5,000 words, far above a long essay
  var MAX_CHARS = 4 * LIMIT; // a stored value longer than this is not ours: reset it
  var ID = /^[a-z0-9-]{1,80}$/;
  var kinds = Object.create(null);

  function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function isIndex(v) { return typeof v === "number" && Math.floor(v) === v && v >= 0 && v < 10; }
  function text(v, max) { return typeof v === "string" && v.length <= (max || LIMIT) ? v : null; }
  function when(v) { return typeof v === "string" && v.length <= 40 && !isNaN(Date.parse(v)) ? v : null; }
  function idList(v) {
    if (!Array.isArray(v) || v.length > 200) return null;
    return v.every(function (x) { return typeof x === "string" && ID.test(x); }) ? v.slice() : null;
  }
  // Lookups by id with no prototype: "constructor" or "__proto__" is an unknown id, never Object's own.
  function byId(list) {
    var m = Object.create(null);
    (list || []).forEach(function (x) { if (typeof x.id === "string" && x.id !== "__proto__") m[x.id] = x; });
    return m;
  }
  function has(map, id) { return typeof id === "string" && Object.prototype.hasOwnProperty.call(map, id); }
  // Choices picked: distinct positions, at least one when `nonEmpty`.
  function choices(v, nonEmpty) {
    if (!Array.isArray(v) || v.length > 10 || (nonEmpty && !v.length) || !v.every(isIndex)) return null;
    return v.filter(function (x, i) { return v.indexOf(x) === i; }).length === v.length ? v.slice() : null;
  }

  function kind(name, validate) { kinds[name] = validate; }

  function clean(name, value) {
    var validate = kinds[name];
    if (typeof validate !== "function") return null;
    try { return validate(value); } catch (e) { return null; }
  }

  // One question's record. `first` is the first check (null: not checked yet, or not recorded by an older
  // version); `tries` counts the checks; `revealed` says the student asked to see the answer.
  function question(s) {
    if (!isObject(s)) return null;
    var chosen = choices(s.chosen, false);
    if (chosen === null) return null;
    var first = null;
    if (isObject(s.first)) {
      var fc = choices(s.first.chosen, true);
      if (fc === null) return null;
      first = { chosen: fc, right: s.first.right === true };
    } else if (s.first != null) {
      return null;
    }
    var tries = typeof s.tries === "number" && Math.floor(s.tries) === s.tries && s.tries >= 0 && s.tries <= 10000 ? s.tries : 0;
    if (first && tries < 1) tries = 1;
    return {
      chosen: chosen, checked: s.checked === true, right: s.checked === true && s.right === true,
      first: first, tries: tries, revealed: s.revealed === true
    };
  }

  // Quiz progress: {questionId: record}.
  kind("quiz", function (v) {
    if (!isObject(v)) return null;
    var out = Object.create(null);
    Object.keys(v).forEach(function (id) {
      if (!ID.test(id)) return;
      var s = question(v[id]);
      if (s) out[id] = s;
    });
    return out;
  });

  // A written answer: the current text (the revision) and the first draft as submitted.
  kind("written", function (v) {
    if (!isObject(v) || text(v.text) === null) return null;
    var draft = v.draft == null ? null : text(v.draft);
    if (v.draft != null && draft === null) return null;
    return {
      text: v.text, updated: when(v.updated), compared: v.compared === true,
      draft: draft, drafted: draft === null ? null : when(v.drafted)
    };
  });

  // A prediction made before a key figure opens: {choice, at}.
  kind("prediction", function (v) {
    if (!isObject(v) || !isIndex(v.choice)) return null;
    return { choice: v.choice, at: when(v.at) };
  });

  // The assignment a teacher's link set: which parts, questions and prompts, a due-date line, and test mode.
  kind("assignment", function (v) {
    if (!isObject(v)) return null;
    var a = {
      parts: idList(v.parts || []), questions: idList(v.questions || []), prompts: idList(v.prompts || []),
      due: v.due == null ? "" : text(v.due, 120), test: v.test === true, submitted: v.test === true ? when(v.submitted) : null
    };
    if (a.parts === null || a.questions === null || a.prompts === null || a.due === null) return null;
    return a;
  });

  kind("name", function (v) {
    return typeof v === "string" && v.length <= 120 ? v : null;
  });

  // The id of this device's work on one reading: made once, at random, and kept.
  kind("work-id", function (v) {
    return typeof v === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(v) ? v : null;
  });

  function key(reading, name, id) {
    if (name === "name") return PREFIX + "name";
    return PREFIX + reading + ":" + name + (id ? ":" + id : "");
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; } // blocked: work is not kept
  }

  function read(reading, name, id) {
    var s = storage();
    if (!s) return null;
    try {
      var raw = s.getItem(key(reading, name, id));
      if (raw === null || raw.length > MAX_CHARS) return null;
      return clean(name, JSON.parse(raw));
    } catch (e) {
      return null;
    }
  }

  function write(reading, name, id, value) {
    var s = storage();
    var cleaned = clean(name, value);
    if (!s || cleaned === null) return false;
    try {
      s.setItem(key(reading, name, id), JSON.stringify(cleaned));
      return true;
    } catch (e) {
      return false; // full or blocked
    }
  }

  function remove(reading, name, id) {
    var s = storage();
    try { if (s) s.removeItem(key(reading, name, id)); } catch (e) { /* blocked */ }
  }

  function words(value) {
    var m = String(value || "").match(/[^\s]+/g);
    return m ? m.length : 0;
  }

  // Test mode, while the assignment is not yet submitted: {parts, questions, prompts} it covers, or null.
  function testMode(slug) {
    var a = read(slug, "assignment");
    return a && a.test && !a.submitted ? a : null;
  }

  function plural(n, one, many) { return n === 1 ? one : (many || one + "s"); }

  window.GuidedWork = {
    LIMIT: LIMIT, ID: ID, kind: kind, clean: clean, key: key, read: read, write: write, remove: remove, words: words, plural: plural,
    isObject: isObject, text: text, when: when, has: has, byId: byId, question: question, testMode: testMode,
    hasKind: function (name) { return !!kinds[name]; }
  };
})();
