/* Hand-in: a teacher opens the files students saved from My work, marks the written answers, hands
   feedback back, and prints a class report. Files are read by this browser only (FileReader);
   nothing is uploaded or kept after the page closes, except the files the teacher saves.

   A work file is checked by work-store.js (fromFile) after this page drops every entry whose id is
   not one of the reading's own (so no id can reach an object's prototype). Files are told apart by
   what they hold: the work's id (made once per device and reading) and its save time, never by the
   file's name. Marks live in a table keyed the same way, and a marking file brings them back. */
(function () {
  "use strict";
  function keyed() { return window.GuidedWork.keyed(); } // a prototype-free table (work-file.js)

  var MARKING = "guided-readings-marking", FEEDBACK = "guided-readings-feedback";
  var MAX_COMMENT = 5000, MAX_FILE = 2000000;
  var SKILLS = { recall: "Recall", vocabulary: "Vocabulary", argument: "Argument", evidence: "Evidence" };

  function start() {
    var work = window.GuidedWork;
    var root = document.querySelector(".hand-in");
    if (!root || !work || root.dataset.ready) return;
    root.dataset.ready = "1";
    var cat = work.catalog(root), letters = "ABCDEF", isObject = work.isObject;
    var exercises = cat.quizzes.concat(cat.word_work || []); // quizzes, then word work (kept the same way)
    var about = readJson(root.querySelector(".hand-in-report-data"));
    var students = [], marks = keyed();
    var messages = root.querySelector(".hand-in-messages"), results = root.querySelector(".hand-in-results");
    var drop = root.querySelector(".hand-in-drop"), picker = root.querySelector(".hand-in-files");
    var actions = root.querySelector(".hand-in-actions");

    // The reading's own ids, in tables: an id from a file is looked up here and nowhere else.
    var prompts = keyed(), quizzes = keyed(), figures = keyed();
    cat.written.forEach(function (p) { prompts.set(p.id, p); });
    exercises.forEach(function (q) {
      var known = keyed();
      q.questions.forEach(function (x) { known.set(x.id, x); });
      quizzes.set(q.id, known);
    });
    cat.predictions.forEach(function (p) { figures.set(p.id, p); });

    function readJson(node) {
      try { var v = node ? JSON.parse(node.textContent) : null; return isObject(v) ? v : {}; } catch (e) { return {}; }
    }
    function own(obj, k) { return isObject(obj) && Object.prototype.hasOwnProperty.call(obj, k) ? obj[k] : undefined; }
    function detail(quizId, questionId) { return own(own(about, quizId), questionId) || {}; }

    function el(tag, cls, textValue) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (textValue != null) node.textContent = textValue;
      return node;
    }
    function add(parent, parts) {
      parts.forEach(function (x) { parent.appendChild(typeof x === "string" ? document.createTextNode(x) : x); });
      return parent;
    }
    // A name in its own direction: a right-to-left name, or an override inside one, leaves the rest alone.
    function who(s) { return el("bdi", "hand-in-name", s.label); }
    function bdi(textValue) { return el("bdi", null, textValue); }
    function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
    function wordCount(textValue) { return plural(work.words(textValue), "word", "words"); }
    function date(iso, withTime) {
      var d = new Date(iso || "");
      if (isNaN(d.getTime())) return "an unknown date";
      var o = { day: "numeric", month: "long", year: "numeric" };
      if (withTime) { o.hour = "2-digit"; o.minute = "2-digit"; }
      return d.toLocaleString("en-GB", o);
    }
    function short(textValue, n) { return textValue.length > n ? textValue.slice(0, n - 1).replace(/\s+\S*$/, "") + "…" : textValue; }
    function promptName(p) { return short(p.prompt, 48); }

    // While many files are read at once, the lines that say all went well are gathered under one summary.
    var batch = null;
    function message(kind, parts) {
      var line = add(el("p", "hand-in-message hand-in-message--" + kind), parts);
      if (batch && kind === "ok") batch.push(line);
      else messages.appendChild(line);
    }
    function endBatch() {
      var lines = batch;
      batch = null;
      if (lines.length <= 3) { lines.forEach(function (line) { messages.appendChild(line); }); return; }
      var more = el("details", "hand-in-read"), sum = el("summary", "hand-in-message hand-in-message--ok", plural(lines.length, "file", "files") + " read: open the list");
      more.appendChild(sum);
      lines.forEach(function (line) { more.appendChild(line); });
      messages.appendChild(more);
    }

    // ---- Scores: first tries ---------------------------------------------------------------------

    function progressOf(s, quizId) { return s.work.quizzes[quizId] || {}; }

    // How a student first answered one question: null when not answered. A file from before first
    // tries were recorded (first === null) never counts as right.
    function firstTry(s, quizId, x) {
      var st = progressOf(s, quizId)[x.id];
      if (!st) return null;
      var chosen = Array.isArray(st.chosen) ? st.chosen : [];
      if (!("first" in st)) return chosen.length ? { right: work.isRight(x, chosen), chosen: chosen, tries: 1, revealed: false } : null;
      var f = st.first, tries = st.tries || 1, revealed = st.revealed === true;
      if (f && Array.isArray(f.chosen)) return { right: work.isRight(x, f.chosen), chosen: f.chosen, tries: tries, revealed: revealed };
      return st.checked ? { right: false, chosen: null, unknown: true, tries: tries, revealed: revealed } : null;
    }

    function score(s, quiz) {
      var right = 0, answered = 0;
      quiz.questions.forEach(function (x) {
        var f = firstTry(s, quiz.id, x);
        if (f) { answered += 1; if (f.right) right += 1; }
      });
      return { right: right, answered: answered, total: quiz.questions.length };
    }

    function total(s) {
      var r = 0, a = 0;
      cat.quizzes.forEach(function (q) { var sc = score(s, q); r += sc.right; a += sc.answered; });
      return { right: r, answered: a };
    }

    // ---- Marks -----------------------------------------------------------------------------------

    function markOf(key, s) {
      var m = marks.get(key);
      if (!m) {
        m = { key: key, workId: s ? s.id : null, student: s ? s.work.student : "", saved: s ? s.work.saved : null, overall: "", prompts: keyed() };
        marks.set(key, m);
      }
      return m;
    }
    function entryOf(m, promptId) {
      var e = m.prompts.get(promptId);
      if (!e) { e = { points: [], comment: "" }; m.prompts.set(promptId, e); }
      return e;
    }
    function isMarked(m) {
      if (!m) return false;
      if (m.overall.trim()) return true;
      var any = false;
      m.prompts.forEach(function (e) { if (e.points.length || e.comment.trim()) any = true; });
      return any;
    }
    function marked(s, p) {
      var m = marks.get(s.key), e = m && m.prompts.get(p.id);
      return e && (e.points.length || e.comment.trim()) ? e : null;
    }

    // ---- Reading files ---------------------------------------------------------------------------

    // Entries of a work file whose ids are not this reading's are dropped before the file is read.
    function ownIds(data) {
      var keep = function (list, known) {
        return Array.isArray(list) ? list.filter(function (x) { return isObject(x) && typeof x.id === "string" && known.has(x.id); }) : list;
      };
      data.written = keep(data.written, prompts);
      data.predictions = keep(data.predictions, figures);
      ["quizzes", "word_work"].forEach(function (k) {
        data[k] = keep(data[k], quizzes);
        if (Array.isArray(data[k])) data[k].forEach(function (q) { q.questions = keep(q.questions, quizzes.get(q.id)); });
      });
      return data;
    }

    // The work's id from the checked work, or straight from the file where the check does not give it back.
    function idOf(w, data) {
      var id = typeof w.id === "string" && w.id ? w.id : data.work_id;
      return typeof id === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(id) ? id : null;
    }
    function keyOf(id, w, file) { return id ? "id:" + id : "old:" + w.student + "|" + (w.saved || file); }

    function readWork(file, textValue, data) {
      var name = typeof data.student === "string" && data.student.trim() ? data.student.trim().slice(0, 120) : "";
      var result;
      try { result = work.fromFile(cat, JSON.stringify(ownIds(data))); } catch (e) { result = { error: "could not be read" }; }
      if (result.error) { message("error", ["Not read: ", bdi(file), " " + result.error + "."]); return; }
      if (result.other) {
        var r = isObject(data.reading) ? data.reading : {};
        if (r.slug === cat.reading.slug) {
          message("aside", ["Set aside: ", bdi(file), " is " + (name ? "" : "work with no name, "), name ? bdi(name) : "", name ? "’s work, " : "",
            "saved on " + date(data.saved) + " from another edition of “" + cat.reading.title + "”. Its questions are not the same as this " +
            "page’s, so it is not mixed into this class. Open it on that edition’s Hand-in page."]);
        } else {
          message("aside", ["Set aside: ", bdi(file), " " + result.other + ". It is not mixed into this class."]);
        }
        return;
      }
      var w = result.work;
      // An answer the file holds but that could not be kept (over the limit, or damaged) is named, not dropped in silence.
      if (Array.isArray(result.notes)) {
        result.notes.forEach(function (n) { message("error", ["Not shown, from ", bdi(file), " (", name ? bdi(name) : "no name", "): " + n]); });
      } else (Array.isArray(data.written) ? data.written : []).forEach(function (a) {
        if (w.written[a.id] || typeof a.answer !== "string" || !a.answer.trim()) return;
        message("error", ["Not shown: ", name ? bdi(name) : "a student with no name", "’s answer to “" + short(prompts.get(a.id).prompt, 60) + "” in ",
          bdi(file), " is " + a.answer.length.toLocaleString("en-GB") + " characters, more than a work file may hold. Ask the student for it another way."]);
      });
      var id = idOf(w, data);
      var s = { key: keyOf(id, w, file), id: id, file: file, work: w, time: Date.parse(w.saved || "") || 0 };
      var same = students.findIndex(function (t) { return t.key === s.key; });
      var label = w.student ? bdi(w.student) : "work with no name";
      if (same !== -1) {
        var old = students[same];
        if (old.time === s.time) {
          message("aside", ["Already open: ", bdi(file), " holds the same save of ", label, " as ", bdi(old.file), "."]);
        } else if (s.time > old.time) {
          students[same] = s;
          message("ok", ["Newer save: ", bdi(file), " (saved " + date(w.saved, true) + ") replaces ", bdi(old.file),
            " (saved " + date(old.work.saved, true) + "), both from ", label, "."]);
        } else {
          message("aside", ["Older save set aside: ", bdi(file), " (saved " + date(w.saved, true) + ") is an earlier save of ", label,
            " than ", bdi(old.file), " (saved " + date(old.work.saved, true) + "), which is kept."]);
        }
        return;
      }
      students.push(s);
      message("ok", ["Read: ", bdi(file), " (", label, ")."]);
    }

    function readMarking(file, data) {
      if (data.version !== 1) { message("error", ["Not read: ", bdi(file), " is a marking file in a format this page does not know."]); return; }
      var r = isObject(data.reading) ? data.reading : {};
      if (r.slug !== cat.reading.slug || r.edition !== cat.reading.edition) {
        message("aside", ["Set aside: ", bdi(file), " is marking for " + (r.slug === cat.reading.slug ? "another edition of this reading" : "another reading") + ", saved on " + date(data.saved) + "."]);
        return;
      }
      if (!Array.isArray(data.students)) { message("error", ["Not read: ", bdi(file), " is damaged: it holds no list of students."]); return; }
      var read = 0, kept = 0, skipped = 0;
      data.students.slice(0, 1000).forEach(function (e) {
        var m = markFrom(e);
        if (!m) { skipped += 1; return; }
        if (isMarked(marks.get(m.key))) { kept += 1; return; }
        marks.set(m.key, m);
        read += 1;
      });
      message("ok", ["Marking read: ", bdi(file), " (" + plural(read, "student", "students") + ", saved " + date(data.saved, true) + ")." +
        (kept ? " " + plural(kept, "student was", "students were") + " already marked here: those marks are kept." : "") +
        (skipped ? " " + plural(skipped, "damaged entry was", "damaged entries were") + " left out." : "")]);
    }

    function textOr(v, max) { return typeof v === "string" && v.length <= max ? v : ""; }

    function markFrom(e) {
      if (!isObject(e) || typeof e.key !== "string" || !e.key || e.key.length > 400) return null;
      var m = { key: e.key, workId: typeof e.work_id === "string" ? e.work_id.slice(0, 100) : null, student: textOr(e.student, 120),
        saved: textOr(e.saved, 40) || null, overall: textOr(e.overall, MAX_COMMENT), prompts: keyed() };
      (Array.isArray(e.prompts) ? e.prompts : []).forEach(function (x) {
        if (!isObject(x) || typeof x.id !== "string" || !prompts.has(x.id)) return;
        var n = prompts.get(x.id).points.length, points = [];
        (Array.isArray(x.points) ? x.points : []).forEach(function (i) {
          if (typeof i === "number" && Math.floor(i) === i && i >= 0 && i < n && points.indexOf(i) === -1) points.push(i);
        });
        m.prompts.set(x.id, { points: points.sort(), comment: textOr(x.comment, MAX_COMMENT) });
      });
      return m;
    }

    function readOne(file, textValue) {
      var data;
      try { data = JSON.parse(textValue); } catch (e) { data = null; }
      if (isObject(data) && data.format === MARKING) readMarking(file, data);
      else if (isObject(data)) readWork(file, textValue, data);
      else {
        var result = work.fromFile(cat, textValue);
        message("error", ["Not read: ", bdi(file), " " + (result.error || "is not a saved work file") + "."]);
      }
    }

    function open(files) {
      var list = Array.prototype.slice.call(files), left = list.length, texts = new Array(list.length);
      var done = function () {
        left -= 1;
        if (left > 0) return;
        batch = [];
        texts.forEach(function (t, i) { if (t != null) readOne(list[i].name, t); });
        endBatch();
        label();
        render();
      };
      list.forEach(function (file, i) {
        if (file.size > MAX_FILE) { message("error", ["Not read: ", bdi(file.name), " is too large to be a saved work file."]); done(); return; }
        var reader = new FileReader();
        reader.onload = function () { texts[i] = String(reader.result); };
        reader.onerror = function () { message("error", ["Not read: ", bdi(file.name), " could not be opened."]); };
        reader.onloadend = done;
        reader.readAsText(file);
      });
    }

    // Short names for rows: the student's name; two of the same name (or none) are numbered.
    function label() {
      students.sort(function (a, b) { return (a.work.student || "\uffff").localeCompare(b.work.student || "\uffff") || a.time - b.time; });
      var seen = keyed(), counts = keyed();
      students.forEach(function (s) { var n = s.work.student || ""; counts.set(n, (counts.get(n) || 0) + 1); });
      students.forEach(function (s) {
        var n = s.work.student || "", k = (seen.get(n) || 0) + 1;
        seen.set(n, k);
        s.label = (n || "No name") + (counts.get(n) > 1 ? " (" + k + ")" : "");
      });
    }

    // ---- The class table -------------------------------------------------------------------------

    function cell(row, tag, value, cls) {
      var c = el(tag, cls);
      if (value != null) add(c, [value]);
      row.appendChild(c);
      return c;
    }

    var tables = 0;
    function scroll(table, caption, hint) {
      var box = el("div", "hand-in-table-box"), id = "hand-in-caption-" + (++tables);
      var cap = el("p", "hand-in-caption", caption);
      cap.id = id;
      box.appendChild(cap);
      if (hint) box.appendChild(el("p", "hand-in-hint", hint));
      var wrap = el("div", "hand-in-scroll");
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-labelledby", id);
      table.setAttribute("aria-labelledby", id);
      wrap.appendChild(table);
      box.appendChild(wrap);
      return box;
    }

    function head(table, names) {
      var row = el("tr");
      names.forEach(function (n) {
        var c = cell(row, "th", typeof n === "string" ? n : n.text);
        c.scope = "col";
        if (n.title) c.title = n.title;
      });
      var thead = el("thead");
      thead.appendChild(row);
      table.appendChild(thead);
    }

    function classTable() {
      var table = el("table", "hand-in-table hand-in-class");
      head(table, ["Student"].concat(cat.quizzes.map(function (q) { return q.title; }),
        cat.written.map(function (p) { return { text: promptName(p), title: p.prompt }; })));
      var tbody = el("tbody");
      students.forEach(function (s) {
        var row = el("tr"), name = cell(row, "th", who(s));
        name.scope = "row";
        cat.quizzes.forEach(function (q) {
          var sc = score(s, q);
          cell(row, "td", sc.answered ? sc.right + " / " + sc.total + (sc.answered < sc.total ? " (" + sc.answered + " answered)" : "") : "—");
        });
        cat.written.forEach(function (p) {
          var a = s.work.written[p.id], e = marked(s, p);
          var c = cell(row, "td", a && a.text.trim() ? wordCount(a.text) : "—");
          c.dataset.prompt = p.id;
          if (e) c.appendChild(el("span", "hand-in-file", e.points.length + " of " + p.points.length + " points"));
        });
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      var out = scroll(table, "The class: right first time per quiz, out of its questions, and words written per prompt (points met, once marked).");
      out.classList.add("hand-in-class-box");
      return out;
    }

    // ---- Marking ---------------------------------------------------------------------------------

    function answerBlock(s, p) {
      var a = s.work.written[p.id], box = el("div", "hand-in-answer");
      box.appendChild(add(el("p", "hand-in-who"), [who(s)]));
      if (!a || !a.text.trim()) { box.appendChild(el("p", "hand-in-none", "No answer.")); return box; }
      if (typeof a.draft === "string" && a.draft.trim() && a.draft !== a.text) {
        box.appendChild(el("p", "hand-in-label", "First draft (" + wordCount(a.draft) + "):"));
        box.appendChild(el("p", "hand-in-text hand-in-draft", a.draft));
        box.appendChild(el("p", "hand-in-label", "Revision (" + wordCount(a.text) + "):"));
      } else {
        box.appendChild(el("p", "hand-in-label", wordCount(a.text) + ":"));
      }
      box.appendChild(el("p", "hand-in-text", a.text));
      var m = markOf(s.key, s), e = m.prompts.get(p.id) || { points: [], comment: "" };
      var set = el("fieldset", "hand-in-mark");
      set.appendChild(add(el("legend"), ["Points met by ", who(s)]));
      p.points.forEach(function (point, i) {
        var box2 = el("input");
        box2.type = "checkbox";
        box2.checked = e.points.indexOf(i) !== -1;
        box2.addEventListener("change", function () {
          var entry = entryOf(m, p.id), at = entry.points.indexOf(i);
          if (box2.checked && at === -1) entry.points.push(i);
          if (!box2.checked && at !== -1) entry.points.splice(at, 1);
          entry.points.sort();
          refreshCounts();
        });
        set.appendChild(add(el("label", "hand-in-point"), [box2, " " + point]));
      });
      box.appendChild(set);
      box.appendChild(commentBox(["Comment on ", who(s), "’s answer"], e.comment, function (v) { entryOf(m, p.id).comment = v; refreshCounts(); }));
      return box;
    }

    function commentBox(labelParts, value, onInput) {
      var wrap = add(el("label", "hand-in-comment"), labelParts), area = el("textarea");
      area.rows = 2;
      area.maxLength = MAX_COMMENT;
      area.value = value;
      area.addEventListener("input", function () { onInput(area.value); });
      wrap.appendChild(area);
      return wrap;
    }

    function counted(p) {
      var answered = 0, done = 0;
      students.forEach(function (s) { var a = s.work.written[p.id]; if (a && a.text.trim()) { answered += 1; if (marked(s, p)) done += 1; } });
      return done + " of " + answered + " answers marked";
    }

    // Marks change the counts, the class table and the report: redrawn once typing pauses.
    var pending = 0, unsaved = false;
    function refreshCounts() {
      unsaved = true;
      clearTimeout(pending);
      pending = setTimeout(function () {
        results.querySelectorAll("[data-count]").forEach(function (node) { node.textContent = counted(prompts.get(node.dataset.count)); });
        var table = results.querySelector(".hand-in-class-box"), box = results.querySelector(".hand-in-report");
        if (table) table.replaceWith(classTable());
        if (box) box.replaceWith(report());
      }, 250);
    }

    function marking() {
      var box = el("section", "hand-in-marking");
      box.appendChild(el("h2", null, "Marking"));
      box.appendChild(el("p", null, "Open a prompt to read every answer to it beside the points of a strong answer. Tick the points each answer " +
        "meets and add a comment. Marks are kept while this page is open: use Save marking to keep them in a file you can open here again, " +
        "and Save feedback files to give each student their own marks."));
      cat.written.forEach(function (p) {
        var item = el("details", "hand-in-prompt"), sum = el("summary");
        sum.appendChild(el("span", "hand-in-prompt-title", p.part_title + ": " + short(p.prompt, 70)));
        var count = el("span", "hand-in-count", counted(p));
        count.dataset.count = p.id;
        sum.appendChild(count);
        item.appendChild(sum);
        var grid = el("div", "hand-in-side"), answers = el("div", "hand-in-answers");
        var points = el("aside", "hand-in-points");
        points.appendChild(el("p", null, "A strong answer covers (¶ " + p.paragraphs.join(", ") + "):"));
        var list = el("ul");
        p.points.forEach(function (x) { list.appendChild(el("li", null, x)); });
        points.appendChild(list);
        item.addEventListener("toggle", function () {
          if (item.open && !answers.childNodes.length) students.forEach(function (s) { answers.appendChild(answerBlock(s, p)); });
        });
        points.insertBefore(el("p", null, p.prompt), points.firstChild);
        grid.appendChild(answers);
        grid.appendChild(points);
        item.appendChild(grid);
        box.appendChild(item);
      });
      var overall = el("details", "hand-in-prompt hand-in-overall"), sum = el("summary");
      sum.appendChild(el("span", "hand-in-prompt-title", "Overall comment to each student, and their feedback file"));
      overall.appendChild(sum);
      overall.addEventListener("toggle", function () {
        if (!overall.open || overall.childNodes.length > 1) return;
        students.forEach(function (s) {
          var m = markOf(s.key, s), one = el("div", "hand-in-answer");
          one.appendChild(commentBox(["Overall comment to ", who(s)], m.overall, function (v) { m.overall = v; unsaved = true; }));
          var button = add(el("button", "md-button hand-in-feedback-one"), ["Save ", who(s), "’s feedback file"]);
          button.type = "button";
          button.addEventListener("click", function () { saveFeedback(s); });
          one.appendChild(el("p", null)).appendChild(button);
          overall.appendChild(one);
        });
      });
      box.appendChild(overall);
      return box;
    }

    function markingFile() {
      var list = [];
      marks.forEach(function (m) {
        if (!isMarked(m)) return;
        var ps = [];
        m.prompts.forEach(function (e, id) { if (e.points.length || e.comment.trim()) ps.push({ id: id, points: e.points.slice(), comment: e.comment }); });
        list.push({ key: m.key, work_id: m.workId, student: m.student, saved: m.saved, overall: m.overall, prompts: ps });
      });
      return { count: list.length, text: JSON.stringify({
        format: MARKING, version: 1,
        about: "A teacher's marking of a class's written answers, saved from the Hand-in page. Open it there again, with the students' work files.",
        reading: { slug: cat.reading.slug, title: cat.reading.title, edition: cat.reading.edition },
        saved: new Date().toISOString(), students: list
      }, null, 2) + "\n" };
    }

    function feedbackFile(s) {
      var m = marks.get(s.key) || markOf(s.key, s);
      return JSON.stringify({
        format: FEEDBACK, version: 1,
        about: "Your teacher's feedback on the work you saved from a guided reading. Open it on the reading's My work page.",
        reading: { slug: cat.reading.slug, title: cat.reading.title, edition: cat.reading.edition },
        work_id: s.id, student: s.work.student, saved: s.work.saved, marked: new Date().toISOString(),
        overall: m.overall,
        prompts: cat.written.filter(function (p) { return marked(s, p); }).map(function (p) {
          var e = m.prompts.get(p.id);
          return { id: p.id, prompt: p.prompt, points: e.points.slice(), points_met: e.points.map(function (i) { return p.points[i]; }),
            points_total: p.points.length, comment: e.comment };
        })
      }, null, 2) + "\n";
    }

    function fileWord(s) {
      // Letters of any script stay; spaces, punctuation, control and direction characters become "-".
      var n = Array.prototype.map.call((s.work.student || "").normalize("NFC").toLowerCase(), function (c) { return c < " " ? "-" : c; }).join("")
        .replace(/[\s!-,./:;<=>?@[\\\]^`{|}~\u007f-\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g, "-")
        .replace(/^-+|-+$/g, "").slice(0, 40);
      return (n || "student") + "-" + (s.id ? s.id.replace(/[^A-Za-z0-9]/g, "").slice(0, 8) : String(students.indexOf(s) + 1));
    }

    function saveFeedback(s) {
      work.download("feedback-" + cat.reading.slug + "-" + fileWord(s) + ".json", "application/json", feedbackFile(s));
    }

    // ---- The class report ------------------------------------------------------------------------

    function pct(r, a) { return a ? Math.round(100 * r / a) + " %" : "—"; }

    function reportTable(cls, caption, names, rows) {
      var table = el("table", "hand-in-table " + cls);
      head(table, names);
      var tbody = el("tbody");
      rows.forEach(function (r) {
        var row = el("tr");
        r.forEach(function (v, i) { var c = cell(row, i ? "td" : "th", v); if (!i) c.scope = "row"; });
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      return scroll(table, caption);
    }

    function wrongOptions() {
      var rows = [];
      cat.quizzes.forEach(function (quiz) {
        quiz.questions.forEach(function (x, n) {
          var answered = 0, counts = x.choices.map(function () { return 0; });
          students.forEach(function (s) {
            var f = firstTry(s, quiz.id, x);
            if (!f) return;
            answered += 1;
            (f.chosen || []).forEach(function (i) { if (i < counts.length && x.correct.indexOf(i) === -1) counts[i] += 1; });
          });
          var why = detail(quiz.id, x.id).why || [];
          counts.forEach(function (c, i) {
            if (c) rows.push({ count: c, answered: answered, quiz: quiz, n: n + 1, x: x, option: letters[i] + ". " + x.choices[i], why: typeof why[i] === "string" ? why[i] : "" });
          });
        });
      });
      rows.sort(function (a, b) { return b.count / b.answered - a.count / a.answered || b.count - a.count; });
      return rows;
    }

    function wrongItem(r) {
      var li = el("li");
      li.appendChild(el("strong", null, r.count + " of " + r.answered + " chose “" + r.option + "”"));
      li.appendChild(document.createTextNode(" in " + r.quiz.title + ", question " + r.n + ": " + r.x.prompt));
      if (r.why) li.appendChild(el("span", "hand-in-why", "To reteach: " + r.why));
      return li;
    }

    function promptStats() {
      return cat.written.map(function (p) {
        var n = 0, met = 0, per = p.points.map(function () { return 0; });
        students.forEach(function (s) {
          var e = marked(s, p);
          if (!e) return;
          n += 1;
          met += e.points.length;
          e.points.forEach(function (i) { per[i] += 1; });
        });
        var least = per.indexOf(Math.min.apply(null, per));
        return { p: p, n: n, avg: n ? met / n : null, per: per, least: least };
      }).sort(function (a, b) {
        if (a.avg === null || b.avg === null) return (a.avg === null) - (b.avg === null);
        return a.avg / a.p.points.length - b.avg / b.p.points.length;
      });
    }

    function report() {
      var box = el("section", "hand-in-report");
      box.appendChild(el("h2", null, "Class report"));
      box.appendChild(el("p", "hand-in-report-line", cat.reading.title + ": " + plural(students.length, "student", "students") +
        ". Scores count each question’s first try only; later tries and answers shown on request are in each student’s details."));
      var grid = el("div", "hand-in-report-grid");
      grid.appendChild(reportTable("hand-in-by-part", "First try by part", ["Part", "Right first time", "Answers", "Share"],
        exercises.map(function (q) {
          var r = 0, a = 0;
          students.forEach(function (s) { var sc = score(s, q); r += sc.right; a += sc.answered; });
          return [q.title, String(r), String(a), pct(r, a)];
        })));
      var skills = keyed();
      cat.quizzes.forEach(function (q) {
        q.questions.forEach(function (x) {
          var k = detail(q.id, x.id).skill, t = skills.get(k) || { r: 0, a: 0 };
          students.forEach(function (s) { var f = firstTry(s, q.id, x); if (f) { t.a += 1; if (f.right) t.r += 1; } });
          skills.set(k, t);
        });
      });
      var skillRows = [];
      skills.forEach(function (t, k) { skillRows.push([SKILLS[k] || "Other", String(t.r), String(t.a), pct(t.r, t.a)]); });
      grid.appendChild(reportTable("hand-in-by-skill", "First try by skill", ["Skill", "Right first time", "Answers", "Share"], skillRows));
      box.appendChild(grid);

      box.appendChild(el("h3", null, "Wrong options to reteach"));
      var rows = wrongOptions();
      if (!rows.length) box.appendChild(el("p", null, "No wrong option was chosen at the first try."));
      else {
        var list = el("ol", "hand-in-wrong");
        rows.slice(0, 8).forEach(function (r) { list.appendChild(wrongItem(r)); });
        box.appendChild(list);
        if (rows.length > 8) {
          var more = el("details", "hand-in-more");
          more.appendChild(el("summary", null, plural(rows.length - 8, "more wrong option", "more wrong options")));
          var rest = el("ol", "hand-in-wrong");
          rest.start = 9;
          rows.slice(8).forEach(function (r) { rest.appendChild(wrongItem(r)); });
          more.appendChild(rest);
          box.appendChild(more);
        }
      }

      box.appendChild(el("h3", null, "Prompts with the fewest points met"));
      var plist = el("ol", "hand-in-fewest"), stats = promptStats();
      if (!stats.some(function (t) { return t.n; })) box.appendChild(el("p", null, "No answer is marked yet: tick points under Marking."));
      else stats.forEach(function (t) {
        var li = el("li");
        li.appendChild(el("strong", null, short(t.p.prompt, 80)));
        li.appendChild(document.createTextNode(t.n
          ? ": " + (Math.round(t.avg * 10) / 10) + " of " + t.p.points.length + " points on average (" + plural(t.n, "answer", "answers") + " marked). Least met: “" +
            short(t.p.points[t.least], 90) + "” (" + t.per[t.least] + " of " + t.n + ")."
          : ": not marked yet."));
        plist.appendChild(li);
      });
      if (plist.childNodes.length) box.appendChild(plist);

      var table = el("table", "hand-in-table hand-in-students");
      head(table, ["Student", "Right first time", "Later tries", "Answers shown", "Written", "Points met"]);
      var tbody = el("tbody");
      students.forEach(function (s) {
        var row = el("tr"), t = total(s), later = 0, shown = 0, written = 0, points = 0, of = 0;
        cat.quizzes.forEach(function (q) { q.questions.forEach(function (x) { var f = firstTry(s, q.id, x); if (f) { later += Math.max(0, f.tries - 1); if (f.revealed) shown += 1; } }); });
        cat.written.forEach(function (p) {
          var a = s.work.written[p.id], e = marked(s, p);
          if (a && a.text.trim()) written += 1;
          if (e) { points += e.points.length; of += p.points.length; }
        });
        var th = el("th"), more = el("details", "hand-in-student"), sum = el("summary");
        th.scope = "row";
        sum.appendChild(who(s));
        more.appendChild(sum);
        more.appendChild(studentDetails(s));
        th.appendChild(more);
        row.appendChild(th);
        [t.right + " / " + t.answered, String(later), String(shown), written + " of " + cat.written.length, of ? points + " / " + of : "—"]
          .forEach(function (v) { cell(row, "td", v); });
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      box.appendChild(scroll(table, "One row per student (open a name for details)"));
      return box;
    }

    function studentDetails(s) {
      var box = el("div", "hand-in-student-details");
      box.appendChild(el("p", "hand-in-file", "File: " + s.file + "; saved " + date(s.work.saved, true) +
        (s.work.assignment && s.work.assignment.due ? "; " + s.work.assignment.due : "") + (s.work.testMode ? "; done in test mode" : "")));
      exercises.forEach(function (q) {
        var sc = score(s, q), marks2 = q.questions.map(function (x, n) {
          var f = firstTry(s, q.id, x);
          return (n + 1) + (f ? (f.unknown ? " ?" : f.right ? " ✓" : " ✗") + (f.tries > 1 ? " (" + f.tries + " tries)" : "") + (f.revealed ? " (answer shown)" : "") : " –");
        });
        box.appendChild(el("p", null, q.title + ": " + sc.right + " / " + sc.total + " first time. " + marks2.join(", ") + "."));
      });
      var preds = cat.predictions.filter(function (p) { return s.work.predictions[p.id]; }).map(function (p) {
        return p.label + ": " + (p.choices[s.work.predictions[p.id].choice] || "");
      });
      if (preds.length) box.appendChild(el("p", null, "Predictions: " + preds.join("; ") + "."));
      return box;
    }

    // ---- The page ------------------------------------------------------------------------------

    function render() {
      results.textContent = "";
      tables = 0;
      actions.hidden = students.length === 0;
      // Other parts of the page (the class map of marks on the text) follow the files that are open.
      document.dispatchEvent(new CustomEvent("guided:hand-in", { detail: { works: students.map(function (s) {
        return { student: s.label || s.work.student || "", marks: s.work.marks || null };
      }) } }));
      if (!students.length) return;
      results.appendChild(el("h2", "hand-in-count-head", plural(students.length, "student", "students")));
      results.appendChild(classTable());
      if (cat.written.length) results.appendChild(marking());
      results.appendChild(report());
    }

    function csvValue(v) {
      var s = String(v == null ? "" : v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // a spreadsheet must not run a formula from a student's file
      return '"' + s.replace(/"/g, '""') + '"';
    }

    function csv() {
      var h = ["Student", "Work id", "File", "Saved"];
      cat.quizzes.forEach(function (q) { h.push(q.title + ": right first time", q.title + ": answered", q.title + ": questions"); });
      cat.written.forEach(function (p) { h.push(p.prompt, p.prompt + ": words", p.prompt + ": points met", p.prompt + ": comment"); });
      h.push("Overall comment");
      cat.quizzes.forEach(function (q) { q.questions.forEach(function (x, n) { h.push(q.title + " Q" + (n + 1) + " (" + x.id + ")"); }); });
      var lines = [h.map(csvValue).join(",")];
      students.forEach(function (s) {
        var m = marks.get(s.key), row = [s.label, s.id || "", s.file, s.work.saved || ""];
        cat.quizzes.forEach(function (q) { var sc = score(s, q); row.push(sc.right, sc.answered, sc.total); });
        cat.written.forEach(function (p) {
          var a = s.work.written[p.id], e = marked(s, p);
          row.push(a ? a.text : "", a ? work.words(a.text) : 0, e ? e.points.length + " of " + p.points.length : "", e ? e.comment : "");
        });
        row.push(m ? m.overall : "");
        cat.quizzes.forEach(function (q) {
          q.questions.forEach(function (x) {
            var f = firstTry(s, q.id, x);
            row.push(f ? (f.chosen ? f.chosen.map(function (i) { return letters[i]; }).join("") : "?") + (f.right ? " right" : " wrong") + (f.tries > 1 ? ", " + f.tries + " tries" : "") : "");
          });
        });
        lines.push(row.map(csvValue).join(","));
      });
      return "\ufeff" + lines.join("\r\n") + "\r\n";
    }

    function stamp() { return new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-"); }

    root.querySelector(".work-needs-script").hidden = true;
    drop.hidden = false;
    picker.addEventListener("change", function () { open(picker.files); picker.value = ""; });
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add("is-over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("is-over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("is-over");
      if (event.dataTransfer && event.dataTransfer.files) open(event.dataTransfer.files);
    });
    root.querySelector(".hand-in-print").addEventListener("click", function () { window.print(); });
    root.querySelector(".hand-in-csv").addEventListener("click", function () {
      work.download("class-" + cat.reading.slug + "-" + stamp() + ".csv", "text/csv", csv());
    });
    // Closing the page with marks not yet saved to a file asks first: nothing else keeps them.
    window.addEventListener("beforeunload", function (event) {
      if (!unsaved) return;
      event.preventDefault();
      event.returnValue = "";
    });
    root.querySelector(".hand-in-save-marks").addEventListener("click", function () {
      var f = markingFile();
      unsaved = false;
      work.download("marking-" + cat.reading.slug + "-" + stamp() + ".json", "application/json", f.text);
      message("ok", ["Marking saved for " + plural(f.count, "student", "students") + " (in your downloads). Open it here again with the work files to carry on."]);
    });
    root.querySelector(".hand-in-feedback-all").addEventListener("click", function () {
      var done = students.filter(function (s) { return isMarked(marks.get(s.key)); });
      done.forEach(saveFeedback);
      message(done.length ? "ok" : "aside", [done.length ? plural(done.length, "feedback file", "feedback files") + " saved (in your downloads), one per marked student." :
        "No student is marked yet: tick points or write a comment first."]);
    });
    root.querySelector(".hand-in-clear").addEventListener("click", function () {
      var count = 0;
      marks.forEach(function (m) { if (isMarked(m)) count += 1; });
      if (unsaved && count && !window.confirm("Clear the class and " + plural(count, "student’s marks", "students’ marks") + "? They are not saved: use Save marking first to keep them.")) return;
      students = [];
      marks = keyed();
      unsaved = false;
      messages.textContent = "";
      render();
      picker.focus(); // the Clear button has hidden itself: focus goes back to where files are opened
    });
  }
  window.GuidedPage.onPage(start);
})();
