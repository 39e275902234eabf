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

  function init() {
    if (!work) return;
    document.querySelectorAll(".reader-marks").forEach(setupPage);
  }

  // The kind is registered now, before My work or Hand-in read the store or a file (their scripts run later).
  if (work) start(document);
  // What My work's list and Hand-in's class map (marks-report.js) share with this script.
  window.GuidedMarks = { start: start, valid: validMarks, kindOf: kindOf, where: where, json: json, read: readMarks };
  window.GuidedPage.onPage(init);
})();
