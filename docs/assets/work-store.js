/* Student work kept on this device: one place that reads and writes it, for every feature.

   Keys are versioned ("guided-readings:v1:<reading>:<kind>:<id>", and "guided-readings:v1:name"
   for the name a student types). Whatever is read back (from localStorage or from a saved file)
   goes through the validator of its kind; anything unexpected counts as "nothing stored", so a
   bad value resets that piece of work and never breaks a page. Writing never throws.

   Other features add a kind with GuidedWork.kind(name, validate): validate(value) returns the
   cleaned value, or null when the value cannot be used. */
(function () {
  "use strict";

  var PREFIX = "guided-readings:v1:";
  var MAX_CHARS = 100000; // a stored value longer than this is not ours: reset it
  var MAX_TEXT = 20000; // a written answer, in characters
  var kinds = {};

  function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function isIndex(v) { return typeof v === "number" && Math.floor(v) === v && v >= 0 && v < 10; }
  function text(v, max) { return typeof v === "string" && v.length <= (max || MAX_TEXT) ? v : null; }
  function when(v) { return typeof v === "string" && v.length <= 40 && !isNaN(Date.parse(v)) ? v : null; }
  function idList(v) {
    if (!Array.isArray(v) || v.length > 200) return null;
    return v.every(function (x) { return typeof x === "string" && /^[a-z0-9-]{1,80}$/.test(x); }) ? v.slice() : null;
  }

  function kind(name, validate) { kinds[name] = validate; }

  function clean(name, value) {
    var validate = kinds[name];
    if (!validate) return null;
    try { return validate(value); } catch (e) { return null; }
  }

  // Quiz progress: {questionId: {chosen: [choice indexes], checked: bool, right: bool}}.
  kind("quiz", function (v) {
    if (!isObject(v)) return null;
    var out = {};
    Object.keys(v).forEach(function (id) {
      var s = v[id];
      if (!/^[a-z0-9-]{1,80}$/.test(id) || !isObject(s) || !Array.isArray(s.chosen) || s.chosen.length > 10) return;
      if (!s.chosen.every(isIndex)) return;
      out[id] = { chosen: s.chosen.slice(), checked: s.checked === true, right: s.checked === true && s.right === true };
    });
    return out;
  });

  // A written answer: {text, updated, compared}.
  kind("written", function (v) {
    if (!isObject(v) || text(v.text) === null) return null;
    return { text: v.text, updated: when(v.updated), compared: v.compared === true };
  });

  // A prediction made before a key figure opens: {choice, at}.
  kind("prediction", function (v) {
    if (!isObject(v) || !isIndex(v.choice)) return null;
    return { choice: v.choice, at: when(v.at) };
  });

  // The assignment a teacher's link set: which parts, questions and prompts, and a due-date line.
  kind("assignment", function (v) {
    if (!isObject(v)) return null;
    var a = { parts: idList(v.parts || []), questions: idList(v.questions || []), prompts: idList(v.prompts || []), due: v.due == null ? "" : text(v.due, 120) };
    if (a.parts === null || a.questions === null || a.prompts === null || a.due === null) return null;
    return a;
  });

  kind("name", function (v) {
    return typeof v === "string" && v.length <= 120 ? v : null;
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

  // ---- One reading's work, as kept here and as saved to a file ------------------------------

  var FORMAT = "guided-readings-work", VERSION = 1;
  var ABOUT = "Work saved from a guided reading. To carry on, open it on the reading's My work page " +
    "(Load a saved file). To hand it in, give it to your teacher, who opens it on the Hand-in page. " +
    "Quiz choices are counted from 0 (A = 0, B = 1, ...).";

  function collect(cat) {
    var slug = cat.reading.slug, out = { student: read(slug, "name") || "", assignment: read(slug, "assignment"), written: {}, quizzes: {}, predictions: {} };
    cat.written.forEach(function (w) { var v = read(slug, "written", w.id); if (v) out.written[w.id] = v; });
    cat.quizzes.forEach(function (q) { var v = read(slug, "quiz", q.id); if (v && Object.keys(v).length) out.quizzes[q.id] = v; });
    cat.predictions.forEach(function (p) { var v = read(slug, "prediction", p.id); if (v) out.predictions[p.id] = v; });
    return out;
  }

  function restore(cat, w) {
    var slug = cat.reading.slug;
    cat.written.forEach(function (p) { remove(slug, "written", p.id); if (w.written[p.id]) write(slug, "written", p.id, w.written[p.id]); });
    cat.quizzes.forEach(function (q) { remove(slug, "quiz", q.id); if (w.quizzes[q.id]) write(slug, "quiz", q.id, w.quizzes[q.id]); });
    cat.predictions.forEach(function (p) { remove(slug, "prediction", p.id); if (w.predictions[p.id]) write(slug, "prediction", p.id, w.predictions[p.id]); });
    remove(slug, "assignment");
    if (w.assignment) write(slug, "assignment", null, w.assignment);
    if (w.student) write(slug, "name", null, w.student);
  }

  function isRight(question, chosen) {
    return chosen.length > 0 && chosen.length === question.correct.length &&
      chosen.every(function (i) { return question.correct.indexOf(i) !== -1; });
  }

  // A file a person can read: the reading, its edition, the date, then each answer with its question.
  function toFile(cat, w, now) {
    var letters = "ABCDEF";
    return JSON.stringify({
      format: FORMAT, version: VERSION, about: ABOUT,
      reading: { title: cat.reading.title, slug: cat.reading.slug, edition: cat.reading.edition },
      saved: now.toISOString(),
      student: w.student,
      assignment: w.assignment,
      written: cat.written.filter(function (p) { return w.written[p.id]; }).map(function (p) {
        var a = w.written[p.id];
        return { id: p.id, prompt: p.prompt, answer: a.text, words: words(a.text), compared: a.compared, updated: a.updated };
      }),
      quizzes: cat.quizzes.filter(function (q) { return w.quizzes[q.id]; }).map(function (q) {
        var progress = w.quizzes[q.id];
        return {
          id: q.id, title: q.title,
          questions: q.questions.filter(function (x) { return progress[x.id]; }).map(function (x) {
            var s = progress[x.id];
            return {
              id: x.id, question: x.prompt, chosen: s.chosen,
              chosen_text: s.chosen.map(function (i) { return letters[i] + ". " + (x.choices[i] || ""); }),
              checked: s.checked, right: s.right
            };
          })
        };
      }),
      predictions: cat.predictions.filter(function (p) { return w.predictions[p.id]; }).map(function (p) {
        var v = w.predictions[p.id];
        return { id: p.id, figure: p.label, prompt: p.prompt, choice: v.choice, answer: p.choices[v.choice] || "", at: v.at };
      })
    }, null, 2) + "\n";
  }

  // Read a saved file for this reading. Returns {work}, {other: message} for another reading or
  // edition, or {error: message} for anything that is not a readable work file.
  function fromFile(cat, textValue) {
    var data;
    if (typeof textValue !== "string" || textValue.length > 2000000) return { error: "is too large to be a saved work file" };
    try { data = JSON.parse(textValue); } catch (e) { return { error: "is not a saved work file (it is not valid JSON)" }; }
    if (!isObject(data) || data.format !== FORMAT) return { error: "is not a work file saved from a guided reading" };
    if (data.version !== VERSION) return { error: "was saved in a format this page does not know (version " + String(data.version).slice(0, 20) + ")" };
    var r = isObject(data.reading) ? data.reading : {};
    var title = text(r.title, 300) || "an unnamed reading";
    if (r.slug !== cat.reading.slug) return { other: "is from another reading, “" + title + "”, not this one" };
    if (r.edition !== cat.reading.edition) {
      return { other: "is from another edition of this reading (edition " + String(r.edition).slice(0, 20) + "; this page is edition " + cat.reading.edition + ")" };
    }
    var lists = ["written", "quizzes", "predictions"];
    for (var k = 0; k < lists.length; k++) {
      if (data[lists[k]] != null && !Array.isArray(data[lists[k]])) return { error: "is damaged: “" + lists[k] + "” should be a list" };
    }
    var w = { student: clean("name", data.student) || "", assignment: data.assignment == null ? null : clean("assignment", data.assignment),
      written: {}, quizzes: {}, predictions: {}, saved: when(data.saved) };
    var byId = function (list) { var m = {}; list.forEach(function (x) { m[x.id] = x; }); return m; };
    var prompts = byId(cat.written), quizzes = byId(cat.quizzes), figures = byId(cat.predictions);
    (data.written || []).forEach(function (a) {
      if (!isObject(a) || !prompts[a.id]) return;
      var v = clean("written", { text: a.answer, updated: a.updated, compared: a.compared });
      if (v) w.written[a.id] = v;
    });
    (data.quizzes || []).forEach(function (q) {
      if (!isObject(q) || !quizzes[q.id] || !Array.isArray(q.questions)) return;
      var known = byId(quizzes[q.id].questions), progress = {};
      q.questions.forEach(function (x) {
        if (isObject(x) && known[x.id]) progress[x.id] = { chosen: x.chosen, checked: x.checked, right: x.right };
      });
      progress = clean("quiz", progress) || {};
      Object.keys(progress).forEach(function (id) {
        if (progress[id].chosen.some(function (i) { return i >= known[id].choices.length; })) delete progress[id];
      });
      if (Object.keys(progress).length) w.quizzes[q.id] = progress;
    });
    (data.predictions || []).forEach(function (p) {
      if (!isObject(p) || !figures[p.id]) return;
      var v = clean("prediction", { choice: p.choice, at: p.at });
      if (v && v.choice < figures[p.id].choices.length) w.predictions[p.id] = v;
    });
    return { work: w };
  }

  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function catalog(root) {
    var node = (root || document).querySelector(".work-catalog");
    return node ? JSON.parse(node.textContent) : null;
  }

  function words(value) {
    var m = String(value || "").match(/[^\s]+/g);
    return m ? m.length : 0;
  }

  window.GuidedWork = {
    kind: kind, clean: clean, key: key, read: read, write: write, remove: remove, words: words,
    isObject: isObject, text: text, collect: collect, restore: restore, isRight: isRight,
    toFile: toFile, fromFile: fromFile, download: download, catalog: catalog
  };
})();
