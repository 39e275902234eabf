/* A reading's work as one file (work-file.js, on My work and Hand-in): gathered from what is kept on this
   device (GuidedWork, work-store.js), merged with a loaded file, saved as readable JSON and read back through
   the same validators. Reading pages need only the store; this part loads where files are made or opened. */
(function () {
  "use strict";

  var W = window.GuidedWork;
  if (!W) return;
  var LIMIT = W.LIMIT, ID = W.ID, isObject = W.isObject, text = W.text, when = W.when, has = W.has, byId = W.byId;
  var question = W.question, clean = W.clean, read = W.read, write = W.write, remove = W.remove;
  var words = W.words, plural = W.plural;

  // ---- One reading's work, as kept here and as saved to a file ------------------------------

  var FORMAT = "guided-readings-work", VERSION = 2, VERSIONS = [1, 2];
  var ABOUT = "Work saved from a guided reading. To carry on, open it on the reading's My work page " +
    "(Load a saved file). To hand it in, give it to your teacher, who opens it on the Hand-in page. " +
    "Quiz choices are counted from 0 (A = 0, B = 1, ...). The score is the first-try score: a question " +
    "counts as right only if the first check was right; later tries are listed beside it.";
  var LETTERS = "ABCDEF";

  // Quizzes and word-work exercises: both are kept as quiz progress, by their own ids.
  function exercises(cat) { return (cat.quizzes || []).concat(cat.word_work || []); }

  // Keep only the questions the catalog's quiz has, with choices that exist on its page.
  function fit(quiz, progress) {
    var known = byId(quiz.questions), out = Object.create(null), any = false;
    if (!progress) return null;
    Object.keys(progress).forEach(function (id) {
      var s = progress[id], q = known[id];
      if (!has(known, id) || !s) return;
      var n = q.choices.length, inRange = function (i) { return i < n; };
      if (!s.chosen.every(inRange) || (s.first && !s.first.chosen.every(inRange))) return;
      out[id] = s;
      any = true;
    });
    return any ? out : null;
  }

  // The answers kept for questions the catalog's quiz no longer has (an item rewritten in a later edition gets
  // a new id): never counted or saved to a file, but never removed from this device either. Null if none.
  function retired(quiz, progress) {
    var known = byId(quiz.questions), out = null;
    if (!progress) return null;
    Object.keys(progress).forEach(function (id) {
      if (has(known, id)) return;
      out = out || Object.create(null);
      out[id] = progress[id];
    });
    return out;
  }

  var deviceIds = Object.create(null);
  function workId(slug) {
    var id = read(slug, "work-id") || deviceIds[slug];
    if (id) return id;
    var bytes = window.Uint8Array ? new window.Uint8Array(16) : [], abc = "abcdefghijklmnopqrstuvwxyz234567";
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    id = Array.prototype.map.call(bytes, function (b) { return abc.charAt(b % 32); }).join("");
    deviceIds[slug] = id; // kept for this page even where storage is blocked
    write(slug, "work-id", null, id);
    return id;
  }

  function empty() {
    return { student: "", assignment: null, written: Object.create(null), quizzes: Object.create(null), predictions: Object.create(null), marks: null };
  }

  function collect(cat) {
    var slug = cat.reading.slug, out = empty();
    out.student = read(slug, "name") || "";
    out.assignment = read(slug, "assignment");
    out.id = workId(slug);
    out.testMode = !!(out.assignment && out.assignment.test);
    cat.written.forEach(function (w) { var v = read(slug, "written", w.id); if (v) out.written[w.id] = v; });
    exercises(cat).forEach(function (q) { var v = fit(q, read(slug, "quiz", q.id)); if (v) out.quizzes[q.id] = v; });
    var figures = byId(cat.predictions);
    cat.predictions.forEach(function (p) {
      var v = read(slug, "prediction", p.id);
      if (v && v.choice < figures[p.id].choices.length) out.predictions[p.id] = v;
    });
    out.marks = read(slug, "marks"); // the marks' own script (annotate.js) registers and validates this kind
    return out;
  }

  // Make what is kept here exactly `w` (loading a file, or undoing a load).
  function restore(cat, w) {
    var slug = cat.reading.slug;
    cat.written.forEach(function (p) { remove(slug, "written", p.id); if (w.written[p.id]) write(slug, "written", p.id, w.written[p.id]); });
    exercises(cat).forEach(function (q) {
      var kept = retired(q, read(slug, "quiz", q.id)), v = w.quizzes[q.id];
      if (kept) {
        if (v) Object.keys(v).forEach(function (id) { kept[id] = v[id]; });
        v = kept;
      }
      remove(slug, "quiz", q.id);
      if (v) write(slug, "quiz", q.id, v);
    });
    cat.predictions.forEach(function (p) { remove(slug, "prediction", p.id); if (w.predictions[p.id]) write(slug, "prediction", p.id, w.predictions[p.id]); });
    remove(slug, "assignment");
    if (w.assignment) write(slug, "assignment", null, w.assignment);
    if (w.student) write(slug, "name", null, w.student); else remove(slug, "name");
    if (W.hasKind("marks")) { remove(slug, "marks"); if (w.marks && Object.keys(w.marks).length) write(slug, "marks", null, w.marks); }
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function blankWritten(a) { return !a || (!a.text.trim() && a.draft === null); }
  function shortText(v) { v = String(v).replace(/\s+/g, " ").trim(); return v.length > 80 ? v.slice(0, 79) + "…" : v; }
  function picked(q, s) { return s.chosen.length ? s.chosen.map(function (i) { return LETTERS.charAt(i) + ". " + q.choices[i]; }).join("; ") : "nothing chosen"; }

  // What loading `file` over `here` would change. Pieces only one side has are kept (merged); pieces both
  // have, with different values, are listed in `clashes` ({what, here, file}) and taken from the file only
  // when `replace` is true. Returns {work: the merged work, clashes, added: the answers taken from the file}.
  function merge(cat, here, file, replace) {
    var out = empty(), clashes = [], added = 0;
    function pick(what, mine, theirs, isBlank, show, notAnAnswer) {
      if (theirs == null || isBlank(theirs)) return mine;
      if (mine == null || isBlank(mine)) { if (!notAnAnswer) added += 1; return theirs; }
      if (same(mine, theirs)) return mine;
      clashes.push({ what: what, here: show(mine), file: show(theirs) });
      return replace ? theirs : mine;
    }
    var never = function () { return false; };
    out.student = pick("Your name", here.student || null, file.student || null, never, function (v) { return v; }, true) || "";
    out.assignment = pick("The assignment", here.assignment, file.assignment, never, function (a) {
      return a.parts.length + " parts, " + a.questions.length + " questions, " + a.prompts.length + " written answers" + (a.due ? " (" + a.due + ")" : "");
    }, true);
    cat.written.forEach(function (p) {
      var v = pick("Written answer: " + p.prompt, here.written[p.id], file.written[p.id], blankWritten, function (a) {
        return words(a.text) + " " + plural(words(a.text), "word") + ": “" + shortText(a.text) + "”";
      });
      if (v) out.written[p.id] = v;
    });
    exercises(cat).forEach(function (q) {
      var mine = here.quizzes[q.id] || Object.create(null), theirs = file.quizzes[q.id] || Object.create(null), merged = Object.create(null), any = false;
      q.questions.forEach(function (x) {
        var v = pick(q.title + ": " + x.prompt, mine[x.id], theirs[x.id], never, function (s) { return picked(x, s); });
        if (v) { merged[x.id] = v; any = true; }
      });
      if (any) out.quizzes[q.id] = merged;
    });
    cat.predictions.forEach(function (p) {
      var v = pick("Prediction: " + p.label, here.predictions[p.id], file.predictions[p.id], never, function (s) { return p.choices[s.choice]; });
      if (v) out.predictions[p.id] = v;
    });
    if (here.marks || file.marks) {
      var mine = here.marks || {}, theirs = file.marks || {}, merged = {};
      Object.keys(mine).concat(Object.keys(theirs)).forEach(function (id) {
        if (has(merged, id)) return;
        var m = /^p(\d+)-s(\d+)$/.exec(id);
        var v = pick("Mark on ¶ " + m[1] + ", sentence " + m[2], has(mine, id) ? mine[id] : null, has(theirs, id) ? theirs[id] : null, never,
          function (mark) { return mark.kind + (mark.note ? ": “" + shortText(mark.note) + "”" : ""); });
        if (v) merged[id] = v;
      });
      out.marks = merged;
    }
    out.id = here.id;
    return { work: out, clashes: clashes, added: added };
  }

  function isRight(question, chosen) {
    return chosen.length > 0 && chosen.length === question.correct.length &&
      chosen.every(function (i) { return question.correct.indexOf(i) !== -1; });
  }

  // The first-try score of one quiz, or of every quiz when `quizIds` is left out (word work is counted only
  // when its ids are named). right: first check right; asked: questions checked at least once with their
  // first check recorded; unknown: checked, but saved by a version that did not record the first check
  // (never counted right); rightNow: right at the last check; rightLater: right at the last check but not at
  // the first (what the quiz page calls "right after trying again"). With a teacher's catalog (answers known),
  // the first check is marked again from its choices rather than taken from the file.
  function firstTryScore(cat, w, quizIds) {
    var score = { right: 0, asked: 0, unknown: 0, rightNow: 0, rightLater: 0, checked: 0, revealed: 0 };
    var lists = quizIds ? exercises(cat).filter(function (q) { return quizIds.indexOf(q.id) !== -1; }) : cat.quizzes;
    lists.forEach(function (q) {
      var progress = (w.quizzes && w.quizzes[q.id]) || Object.create(null);
      q.questions.forEach(function (x) {
        var s = Object.prototype.hasOwnProperty.call(progress, x.id) ? progress[x.id] : null;
        if (!s) return;
        var marks = Array.isArray(x.correct);
        var firstRight = false;
        if (s.first) {
          score.asked += 1;
          firstRight = marks ? isRight(x, s.first.chosen) : s.first.right;
          if (firstRight) score.right += 1;
        } else if (s.checked) {
          score.unknown += 1;
        }
        if (s.checked) {
          score.checked += 1;
          if (marks ? isRight(x, s.chosen) : s.right) {
            score.rightNow += 1;
            if (!firstRight) score.rightLater += 1;
          }
        }
        if (s.revealed) score.revealed += 1;
      });
    });
    return score;
  }

  function quizEntries(list, w) {
    return list.filter(function (q) { return w.quizzes[q.id]; }).map(function (q) {
      var progress = w.quizzes[q.id], score = firstTryScore({ quizzes: [], word_work: list }, w, [q.id]);
      return {
        id: q.id, title: q.title,
        score: { first_try_right: score.right, first_try_checked: score.asked, first_try_unknown: score.unknown, questions: q.questions.length, right_after_later_tries: score.rightLater },
        questions: q.questions.filter(function (x) { return progress[x.id]; }).map(function (x) {
          var s = progress[x.id], texts = function (c) { return c.map(function (i) { return LETTERS.charAt(i) + ". " + (x.choices[i] || ""); }); };
          return {
            id: x.id, question: x.prompt,
            first_chosen: s.first ? s.first.chosen : null, first_chosen_text: s.first ? texts(s.first.chosen) : null,
            first_right: s.first ? s.first.right : null, tries: s.tries, revealed: s.revealed,
            chosen: s.chosen, chosen_text: texts(s.chosen), checked: s.checked, right: s.right
          };
        })
      };
    });
  }

  // Sentence ids in the order of the text: "p2-s10" after "p2-s9".
  function bySentence(a, b) {
    var x = a.slice(1).split("-s").map(Number), y = b.slice(1).split("-s").map(Number);
    return x[0] - y[0] || x[1] - y[1];
  }

  // A file a person can read: the reading, its edition, the date, then each answer with its question.
  function toFile(cat, w, now) {
    return JSON.stringify({
      format: FORMAT, version: VERSION, about: ABOUT,
      reading: { title: cat.reading.title, slug: cat.reading.slug, edition: cat.reading.edition },
      work_id: w.id || workId(cat.reading.slug),
      saved: now.toISOString(),
      test_mode: !!w.testMode,
      student: w.student,
      assignment: w.assignment,
      written: cat.written.filter(function (p) { return w.written[p.id]; }).map(function (p) {
        var a = w.written[p.id];
        return {
          id: p.id, prompt: p.prompt, draft: a.draft, drafted: a.drafted, draft_words: a.draft === null ? null : words(a.draft),
          answer: a.text, words: words(a.text), compared: a.compared, updated: a.updated
        };
      }),
      quizzes: quizEntries(cat.quizzes, w),
      word_work: quizEntries(cat.word_work || [], w),
      predictions: cat.predictions.filter(function (p) { return w.predictions[p.id]; }).map(function (p) {
        var v = w.predictions[p.id];
        return { id: p.id, figure: p.label, prompt: p.prompt, choice: v.choice, answer: p.choices[v.choice] || "", at: v.at };
      }),
      marks: Object.keys(w.marks || {}).sort(bySentence).map(function (id) {
        var m = w.marks[id];
        return { sentence: id, kind: m.kind, note: m.note, at: m.at };
      })
    }, null, 2) + "\n";
  }

  function day(iso) {
    var d = iso ? new Date(iso) : null;
    if (!d || isNaN(d.getTime())) return null;
    try { return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }); } catch (e) { return iso.slice(0, 10); }
  }

  // Read a saved file for this reading. Returns {work, notes} (notes: what in the file could not be loaded,
  // each a sentence), {other: message} for another reading or edition, or {error: message} for anything
  // that is not a readable work file. Files of version 1 are read too: their first tries are unknown (null).
  function fromFile(cat, textValue) {
    var data;
    if (typeof textValue !== "string" || textValue.length > 4000000) return { error: "is too large to be a saved work file" };
    try { data = JSON.parse(textValue); } catch (e) { return { error: "is not a saved work file (it is not valid JSON)" }; }
    if (!isObject(data) || data.format !== FORMAT) return { error: "is not a work file saved from a guided reading" };
    if (VERSIONS.indexOf(data.version) === -1) return { error: "was saved in a format this page does not know (version " + String(data.version).slice(0, 20) + ")" };
    var r = isObject(data.reading) ? data.reading : {};
    var title = text(r.title, 300) || "an unnamed reading";
    if (r.slug !== cat.reading.slug) return { other: "is from another reading, “" + title + "”, not this one" };
    if (r.edition !== cat.reading.edition) {
      var saved = day(when(data.saved));
      return { other: "is from another edition of “" + title + "”" + (saved ? ", saved on " + saved : "") +
        ": its questions are not the ones on this page, so it is not marked against them" };
    }
    var lists = ["written", "quizzes", "word_work", "predictions", "marks"];
    for (var k = 0; k < lists.length; k++) {
      if (data[lists[k]] != null && !Array.isArray(data[lists[k]])) return { error: "is damaged: “" + lists[k] + "” should be a list" };
    }
    var w = empty(), notes = [], v1 = data.version === 1;
    w.student = clean("name", data.student) || "";
    w.assignment = data.assignment == null ? null : clean("assignment", data.assignment);
    w.saved = when(data.saved);
    w.id = clean("work-id", data.work_id);
    w.testMode = data.test_mode === true;
    var prompts = byId(cat.written), quizzes = byId(exercises(cat)), figures = byId(cat.predictions);
    (data.written || []).forEach(function (a) {
      if (!isObject(a) || !has(prompts, a.id)) return;
      var long = [a.answer, a.draft].filter(function (t) { return typeof t === "string" && t.length > LIMIT; });
      if (long.length) {
        notes.push("The answer to “" + shortText(prompts[a.id].prompt) + "” is " + long[0].length.toLocaleString("en") +
          " characters long, more than the " + LIMIT.toLocaleString("en") + " this page keeps, so it was not loaded. Open the file in a text editor to copy it.");
        return;
      }
      var value = clean("written", { text: a.answer, updated: a.updated, compared: a.compared, draft: v1 ? null : a.draft, drafted: a.drafted });
      if (value) w.written[a.id] = value;
    });
    (data.quizzes || []).concat(data.word_work || []).forEach(function (q) {
      if (!isObject(q) || !has(quizzes, q.id) || !Array.isArray(q.questions)) return;
      var progress = Object.create(null);
      q.questions.forEach(function (x) {
        if (!isObject(x) || typeof x.id !== "string" || !ID.test(x.id)) return;
        var first = !v1 && Array.isArray(x.first_chosen) ? { chosen: x.first_chosen, right: x.first_right === true } : null;
        var s = question({ chosen: x.chosen, checked: x.checked, right: x.right, first: first, tries: v1 ? 0 : x.tries, revealed: x.revealed });
        if (s) progress[x.id] = s;
      });
      progress = fit(quizzes[q.id], progress);
      if (progress) w.quizzes[q.id] = progress;
    });
    (data.predictions || []).forEach(function (p) {
      if (!isObject(p) || !has(figures, p.id)) return;
      var value = clean("prediction", { choice: p.choice, at: p.at });
      if (value && value.choice < figures[p.id].choices.length) w.predictions[p.id] = value;
    });
    if (Array.isArray(data.marks) && data.marks.length) {
      var marks = {};
      data.marks.slice(0, 5000).forEach(function (m) {
        if (isObject(m) && typeof m.sentence === "string") marks[m.sentence] = { kind: m.kind, note: m.note, at: m.at };
      });
      w.marks = clean("marks", marks);
      var kept = w.marks ? Object.keys(w.marks).length : 0;
      if (kept < data.marks.length) notes.push(plural(data.marks.length - kept, "mark on the text was", "marks on the text were") + " not understood and left out.");
    }
    return { work: w, notes: notes };
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

  // A file name that is safe in any script: letters and digits of any language are kept, everything else
  // (spaces, slashes, direction marks) becomes "-"; a blank name becomes "student". The date and time, and
  // the start of the work's id, tell two files of the same name and day apart.
  var NOT_A_LETTER = (function () {
    try { return new RegExp("[^\\p{L}\\p{M}\\p{N}]+", "gu"); } catch (e) { return /[\s!-,./:-@[-`{-~\u0080-\u00bf\u200b-\u206f\ufeff]+/g; }
  })();

  function fileName(slug, name, now, id) {
    var clean = String(name || "");
    if (clean.normalize) clean = clean.normalize("NFC");
    var who = Array.from(clean.replace(NOT_A_LETTER, "-").replace(/^-+|-+$/g, "")).slice(0, 40).join("").replace(/-+$/, "").toLowerCase() || "student";
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    var stamp = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate()) + "-" + two(now.getHours()) + two(now.getMinutes());
    return "my-work-" + slug + "-" + who + "-" + stamp + (id ? "-" + String(id).slice(0, 4) : "") + ".json";
  }

  function catalog(root) {
    var node = (root || document).querySelector(".work-catalog");
    return node ? JSON.parse(node.textContent) : null;
  }


  // A table keyed by strings with no prototype behind it: "constructor" or "__proto__" is only a key.
  function keyed() {
    var d = Object.create(null);
    return {
      get: function (k) { return typeof k === "string" ? d[k] : undefined; },
      has: function (k) { return typeof k === "string" && k in d; },
      set: function (k, v) { d[k] = v; return this; },
      forEach: function (fn) { Object.keys(d).forEach(function (k) { fn(d[k], k); }); }
    };
  }

  var api = {
    collect: collect, restore: restore, merge: merge, retired: retired, isRight: isRight, fit: fit, firstTryScore: firstTryScore,
    exercises: exercises, workId: workId, fileName: fileName, day: day, toFile: toFile, fromFile: fromFile,
    download: download, catalog: catalog, keyed: keyed
  };
  Object.keys(api).forEach(function (name) { W[name] = api[name]; });
})();
