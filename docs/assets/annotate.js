/* Marks on the text. On a page with the op-ed, "Mark the text" lets a student mark any sentence (by tap,
   click or keyboard) with one of the lesson's marks and a short note; a mark shows as a button beside its
   sentence, which opens it again to change or remove it. Marks are kept on this device with GuidedWork
   (kind "marks", one value per reading, validated on every read), anchored to the sentence ids (p4-s2),
   so they survive a change of theme or plain version. On My work they are listed; on Hand-in the class's
   marks shade a copy of the op-ed (the files come from hand-in.js through the "guided:hand-in" event). */
(function () {
  "use strict";

  var work = window.GuidedWork;
  var SENTENCE = /^p[1-9][0-9]{0,3}-s[1-9][0-9]{0,3}$/;
  var config = null;

  function json(root, selector) {
    var node = (root || document).querySelector(selector);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function kindOf(id) {
    for (var i = 0; i < config.kinds.length; i++) if (config.kinds[i][0] === id) return config.kinds[i];
    return null;
  }

  // {sentenceId: {kind, note, at}}: an entry that is not understood is dropped, never the others.
  function validMarks(value) {
    if (!work.isObject(value)) return null;
    var out = {};
    Object.keys(value).forEach(function (id) {
      var mark = value[id];
      if (!SENTENCE.test(id) || !work.isObject(mark) || typeof mark.kind !== "string" || !kindOf(mark.kind)) return;
      var note = typeof mark.note === "string" && mark.note.length <= config.note_limit ? mark.note : "";
      var at = typeof mark.at === "string" && mark.at.length <= 40 && !isNaN(Date.parse(mark.at)) ? mark.at : null;
      out[id] = { kind: mark.kind, note: note, at: at };
    });
    return out;
  }

  function start(root) {
    if (config) return true;
    var data = json(root, ".mark-data");
    if (!work || !data || typeof data.reading !== "string" || !Array.isArray(data.kinds)) return false;
    config = { reading: data.reading, kinds: data.kinds, note_limit: data.note_limit || 280 };
    work.kind("marks", validMarks);
    return true;
  }

  function readMarks() { return work.read(config.reading, "marks") || {}; }
  function writeMarks(marks) { return work.write(config.reading, "marks", null, marks); }

  function where(id) {
    var m = /^p(\d+)-s(\d+)$/.exec(id);
    return "¶ " + m[1] + ", sentence " + m[2];
  }

  // ---- Marking on a page with the op-ed ---------------------------------------------------------

  function status(text) {
    var node = document.querySelector(".mark-status");
    if (node) node.textContent = text;
  }

  function badge(sentence, mark) {
    var old = sentence.nextElementSibling;
    if (old && (old.classList.contains("mark-badge") || old.classList.contains("mark-add"))) old.remove();
    sentence.classList.remove("is-marked");
    config.kinds.forEach(function (k) { sentence.classList.remove("mark--" + k[0]); });
    if (!mark) return null;
    var kind = kindOf(mark.kind);
    sentence.classList.add("is-marked", "mark--" + kind[0]);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "mark-badge mark--" + kind[0];
    button.setAttribute("aria-label", "Your mark on " + where(sentence.id) + ": " + kind[1] + (mark.note ? ". Note: " + mark.note : "") + ". Change it");
    var symbol = document.createElement("span");
    symbol.setAttribute("aria-hidden", "true");
    symbol.textContent = kind[2];
    var printed = document.createElement("span");
    printed.className = "mark-badge__print";
    printed.textContent = kind[1] + (mark.note ? ": " + mark.note : "");
    button.appendChild(symbol);
    button.appendChild(printed);
    button.addEventListener("click", function () { openEditor(sentence, button); });
    sentence.insertAdjacentElement("afterend", button);
    return button;
  }

  function closeEditor() {
    var open = document.querySelector(".mark-editor");
    if (open) open.remove();
  }

  function openEditor(sentence, returnTo) {
    closeEditor();
    var marks = readMarks();
    var current = marks[sentence.id] || null;
    // Back to what opened the editor; a sentence clicked with the mouse hands focus to its button.
    function back() {
      var next = sentence.nextElementSibling;
      var target = returnTo && returnTo.isConnected && returnTo !== sentence ? returnTo :
        next && (next.classList.contains("mark-badge") || next.classList.contains("mark-add")) ? next : document.querySelector(".reader-marks");
      if (target) target.focus();
    }
    var box = document.createElement("div");
    box.className = "mark-editor";
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", "mark-editor-title");
    var title = document.createElement("p");
    title.id = "mark-editor-title";
    title.className = "mark-editor__title";
    title.textContent = "Mark " + where(sentence.id);
    box.appendChild(title);
    var set = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = "Kind of mark";
    set.appendChild(legend);
    config.kinds.forEach(function (k) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "mark-kind";
      input.value = k[0];
      input.checked = !!current && current.kind === k[0];
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + k[2] + " " + k[1]));
      set.appendChild(label);
    });
    box.appendChild(set);
    var noteLabel = document.createElement("label");
    noteLabel.setAttribute("for", "mark-note");
    noteLabel.textContent = "Note (optional)";
    var note = document.createElement("textarea");
    note.id = "mark-note";
    note.rows = 2;
    note.maxLength = config.note_limit;
    note.value = current ? current.note : "";
    var count = document.createElement("p");
    count.className = "mark-editor__count";
    count.id = "mark-note-count";
    note.setAttribute("aria-describedby", "mark-note-count");
    function counted() { count.textContent = note.value.length + " of " + config.note_limit + " characters"; }
    note.addEventListener("input", counted);
    counted();
    box.appendChild(noteLabel);
    box.appendChild(note);
    box.appendChild(count);
    var actions = document.createElement("p");
    function action(text, cls, handler) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "md-button " + cls;
      b.textContent = text;
      b.addEventListener("click", handler);
      actions.appendChild(b);
      actions.appendChild(document.createTextNode(" "));
      return b;
    }
    var message = document.createElement("p");
    message.className = "mark-editor__message";
    message.setAttribute("role", "alert");
    action("Save mark", "md-button--primary mark-save", function () {
      var chosen = box.querySelector("input[name=mark-kind]:checked");
      if (!chosen) { message.textContent = "Choose a kind of mark first."; return; }
      var all = readMarks();
      all[sentence.id] = { kind: chosen.value, note: note.value, at: new Date().toISOString() };
      var kept = writeMarks(all);
      closeEditor();
      var placed = badge(sentence, all[sentence.id]);
      status((kept ? "Marked " : "Marked on this page only (this browser does not allow saving): ") + where(sentence.id) + ", " + kindOf(chosen.value)[1] + ".");
      (placed || sentence).focus();
    });
    if (current) {
      action("Remove mark", "mark-remove", function () {
        var all = readMarks();
        delete all[sentence.id];
        writeMarks(all);
        closeEditor();
        badge(sentence, null);
        status("Mark removed from " + where(sentence.id) + ".");
        if (document.body.classList.contains("marking")) {
          addButton(sentence);
          sentence.nextElementSibling.focus();
        } else {
          document.querySelector(".reader-marks").focus();
        }
      });
    }
    action("Cancel", "mark-cancel", function () { closeEditor(); back(); });
    box.appendChild(actions);
    box.appendChild(message);
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.stopPropagation(); closeEditor(); back(); }
    });
    var paragraph = sentence.closest("p") || sentence;
    paragraph.insertAdjacentElement("afterend", box);
    var first = box.querySelector("input[name=mark-kind]:checked") || box.querySelector("input[name=mark-kind]");
    first.focus();
  }

  // While marking is on, each sentence without a mark gets a small "mark" button after it: the keyboard's
  // way in (the sentence itself holds glossary links, so it cannot be a control of its own).
  function addButton(sentence) {
    var next = sentence.nextElementSibling;
    if (next && (next.classList.contains("mark-add") || next.classList.contains("mark-badge"))) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "mark-add";
    button.setAttribute("aria-label", "Mark " + where(sentence.id) + ": " + sentence.textContent.slice(0, 60));
    var plus = document.createElement("span");
    plus.setAttribute("aria-hidden", "true");
    plus.textContent = "+";
    button.appendChild(plus);
    button.addEventListener("click", function () { openEditor(sentence, button); });
    sentence.insertAdjacentElement("afterend", button);
  }

  function removeAddButton(sentence) {
    var next = sentence.nextElementSibling;
    if (next && next.classList.contains("mark-add")) next.remove();
  }

  function setMarking(on, sentences) {
    document.body.classList.toggle("marking", on);
    sentences.forEach(function (s) { if (on) addButton(s); else removeAddButton(s); });
    if (!on) closeEditor();
  }

  function setupPage(toggle) {
    if (toggle.dataset.ready || !start(toggle.closest(".reader-options"))) return;
    toggle.dataset.ready = "1";
    var sentences = Array.prototype.slice.call(document.querySelectorAll(".md-content .oped-para .sentence[id]"));
    if (!sentences.length) return;
    var marks = readMarks();
    sentences.forEach(function (s) {
      if (marks[s.id]) badge(s, marks[s.id]);
      s.addEventListener("click", function (event) {
        if (!document.body.classList.contains("marking") || event.target.closest("a")) return;
        openEditor(s, s);
      });
    });
    var bar = toggle.closest(".reader-options");
    var live = document.createElement("p");
    live.className = "mark-status";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    (bar || toggle.parentNode).insertAdjacentElement("afterend", live);
    toggle.hidden = false;
    if (bar) bar.hidden = false;
    toggle.addEventListener("click", function () {
      var on = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      setMarking(on, sentences);
      status(on ? "Marking is on: select a sentence to mark it." : "Marking is off.");
    });
  }

  // ---- My work: the student's marks, in the order of the text ------------------------------------

  function sentenceList(root) {
    var data = json(root, ".mark-sentences");
    return Array.isArray(data) ? data : [];
  }

  function setupList(section) {
    if (section.dataset.ready || !start(section)) return;
    section.dataset.ready = "1";
    var marks = readMarks();
    var list = section.querySelector(".my-marks__list");
    var shown = 0;
    sentenceList(section).forEach(function (row) {
      var mark = marks[row[0]];
      if (!mark) return;
      var kind = kindOf(mark.kind);
      var item = document.createElement("li");
      item.className = "mark--" + kind[0];
      var strong = document.createElement("strong");
      strong.textContent = kind[2] + " " + kind[1];
      var link = document.createElement("a");
      link.href = "full-text.html#" + row[0];
      link.textContent = where(row[0]);
      item.appendChild(strong);
      item.appendChild(document.createTextNode(" · "));
      item.appendChild(link);
      var quote = document.createElement("q");
      quote.textContent = row[2];
      item.appendChild(document.createTextNode(": "));
      item.appendChild(quote);
      if (mark.note) {
        var note = document.createElement("p");
        note.className = "my-marks__note";
        note.textContent = "Your note: " + mark.note;
        item.appendChild(note);
      }
      list.appendChild(item);
      shown += 1;
    });
    section.querySelector(".my-marks__empty").hidden = shown > 0;
  }

  // ---- Hand-in: the class map -------------------------------------------------------------------

  function setupMap(section) {
    if (section.dataset.ready || !start(section)) return;
    section.dataset.ready = "1";
    var works = [];
    var spans = {};
    section.querySelectorAll(".class-map__sentence").forEach(function (s) { spans[s.dataset.sentence] = s; });

    function selected() {
      var input = section.querySelector("input[name=class-map-kind]:checked");
      return input ? input.value : "";
    }

    function draw() {
      var kind = selected();
      var total = works.length;
      var counts = Object.create(null), notes = Object.create(null);
      works.forEach(function (w) {
        var marks = validMarks(w.marks) || {};
        Object.keys(marks).forEach(function (id) {
          if (!spans[id] || (kind && marks[id].kind !== kind)) return;
          counts[id] = (counts[id] || 0) + 1;
          if (marks[id].note) (notes[id] = notes[id] || []).push([w.student || "A student without a name", kindOf(marks[id].kind)[1], marks[id].note]);
        });
      });
      var top = null;
      Object.keys(spans).forEach(function (id) {
        var span = spans[id], n = counts[id] || 0;
        var next = span.nextElementSibling;
        if (next && next.classList.contains("class-map__count")) next.remove();
        var extra = span.parentNode.querySelector(".class-map__notes[data-for='" + id + "']");
        if (extra) extra.remove();
        span.dataset.level = total && n ? String(Math.min(4, Math.ceil((4 * n) / total))) : "0";
        if (!n) return;
        if (!top || n > counts[top]) top = id;
        var label = n + " of " + total + " students marked " + where(id) + (kind ? " " + kindOf(kind)[1] : "");
        var count = document.createElement(notes[id] ? "button" : "span");
        count.className = "class-map__count";
        count.textContent = n + " of " + total;
        if (!notes[id]) {
          var hidden = document.createElement("span");
          hidden.className = "md-visually-hidden";
          hidden.textContent = " students marked this sentence" + (kind ? " " + kindOf(kind)[1] : "");
          count.appendChild(hidden);
          span.insertAdjacentElement("afterend", count);
          return;
        }
        count.type = "button";
        count.setAttribute("aria-label", label + ". Show their notes");
        count.setAttribute("aria-expanded", "false");
        span.insertAdjacentElement("afterend", count);
        var list = document.createElement("ul");
        list.className = "class-map__notes";
        list.dataset.for = id;
        list.hidden = true;
        list.id = "class-map-notes-" + id;
        count.setAttribute("aria-controls", list.id);
        notes[id].forEach(function (row) {
          var li = document.createElement("li");
          var who = document.createElement("bdi");
          who.textContent = row[0];
          li.appendChild(who);
          li.appendChild(document.createTextNode(" (" + row[1] + "): " + row[2]));
          list.appendChild(li);
        });
        count.insertAdjacentElement("afterend", list);
        count.addEventListener("click", function () {
          list.hidden = !list.hidden;
          count.setAttribute("aria-expanded", list.hidden ? "false" : "true");
        });
      });
      var summary = section.querySelector(".class-map__summary");
      summary.textContent = !total ? "" :
        top ? "Most marked: " + where(top) + ", by " + counts[top] + " of " + total + " students" + (kind ? " (" + kindOf(kind)[1] + ")." : ".") :
        "No student" + (kind ? " used this mark." : " marked the text.");
      section.hidden = total === 0;
    }

    section.querySelectorAll("input[name=class-map-kind]").forEach(function (input) { input.addEventListener("change", draw); });
    // The class report prints on its own; the map prints on its own too, with every note open.
    section.querySelector(".class-map__print").addEventListener("click", function () {
      section.querySelector("details.class-map__fold").open = true;
      document.body.classList.add("print-class-map");
      window.addEventListener("afterprint", function done() {
        document.body.classList.remove("print-class-map");
        window.removeEventListener("afterprint", done);
      });
      window.print();
    });
    document.addEventListener("guided:hand-in", function (event) {
      works = event.detail && Array.isArray(event.detail.works) ? event.detail.works : [];
      draw();
    });
  }

  // My work draws its answers again after a file is loaded or a load undone: the list follows.
  function follow(section) {
    var body = document.querySelector(".work-body");
    if (!body || !window.MutationObserver) return;
    new MutationObserver(function () {
      section.querySelector(".my-marks__list").textContent = "";
      delete section.dataset.ready;
      setupList(section);
    }).observe(body, { childList: true });
  }

  function init() {
    if (!work) return;
    document.querySelectorAll(".reader-marks").forEach(setupPage);
    document.querySelectorAll(".my-marks").forEach(function (section) {
      if (!section.dataset.ready) follow(section);
      setupList(section);
    });
    document.querySelectorAll(".class-map").forEach(setupMap);
  }

  // The kind is registered now, before My work or Hand-in read the store or a file (their scripts run later).
  if (work) start(document);
  window.GuidedPage.onPage(init);
})();
