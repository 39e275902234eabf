/* Written answers and judge-first predictions on a reading's pages, kept with GuidedWork (work-store.js).
   Without this script a written answer can still be typed (not kept) and a judged figure is a plain <details>. */
(function () {
  "use strict";
  var work = window.GuidedWork;

  function split(where) { var i = where.indexOf("/"); return [where.slice(0, i), where.slice(i + 1)]; }

  // A written answer: typed and kept; at the minimum length the student submits a first draft, which is kept
  // as written, and only then do the strong-answer points open. What is typed afterwards is the revision,
  // kept beside the draft. The box holds at most work.LIMIT characters, and says so as the student types.
  function setupWritten(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    var at = split(box.dataset.written), reading = at[0], id = at[1];
    var min = Number(box.dataset.minWords) || 40;
    var area = box.querySelector(".written-text");
    var count = box.querySelector(".written-count");
    var actions = box.querySelector(".written-actions");
    var compare = box.querySelector(".written-compare");
    var strong = box.querySelector(".written-strong");
    var stored = work.read(reading, "written", id) || { text: "", updated: null, compared: false, draft: null, drafted: null };
    var kept = true, limit = work.LIMIT;
    area.maxLength = limit; // the stated limit, also as the box's maxlength
    area.value = stored.text;
    actions.hidden = false; // shown by the script: without it the points stay hidden
    var draftBox = document.createElement("div");
    draftBox.className = "written-draft";
    draftBox.hidden = true;
    area.parentNode.insertBefore(draftBox, area);

    function showDraft() {
      draftBox.textContent = "";
      if (stored.draft === null) return;
      var n = work.words(stored.draft), head = document.createElement("p"), body = document.createElement("p");
      head.appendChild(document.createElement("strong")).textContent = "Your first draft";
      head.appendChild(document.createTextNode(" (" + n + " " + work.plural(n, "word") + ", kept as you submitted it). Revise your answer in the box below."));
      body.className = "written-draft-text";
      body.textContent = stored.draft;
      draftBox.appendChild(head);
      draftBox.appendChild(body);
      draftBox.hidden = false;
    }

    // Test mode: the strong-answer points of an assigned prompt wait until the assignment is submitted.
    function locked() {
      var a = work.testMode(reading);
      return !!a && a.prompts.indexOf(id) !== -1;
    }

    function refresh() {
      var n = work.words(area.value), chars = area.value.length;
      var enough = n >= min, wait = locked() && strong.hidden;
      actions.hidden = wait || !strong.hidden;
      compare.disabled = !enough || !strong.hidden;
      count.textContent = n + " " + work.plural(n, "word") + ", " + chars.toLocaleString("en") + " of " + limit.toLocaleString("en") + " characters. " +
        (chars >= limit ? "That is the most this box keeps. " : "") +
        (!strong.hidden ? "Compare your answer with the points below, and revise it if you like." :
          wait ? "Test mode: you can compare with a strong answer once you have submitted the assignment." :
          enough ? "You can now submit your first draft and compare it with a strong answer." : "Write at least " + min + " words, then submit your first draft.") +
        (kept ? " Kept on this device." : " Not kept: this browser does not allow saving, or its storage is full. Copy your answer somewhere safe.");
    }

    function reveal() {
      strong.hidden = false;
      actions.hidden = true;
      box.classList.add("is-compared");
      showDraft();
    }

    if (stored.compared) reveal();
    document.addEventListener("assignment:changed", refresh);
    document.addEventListener("assignment:submitted", refresh);
    // Tab into a box whose top edge alone shows at the foot of the window: bring its lines and count on screen.
    area.addEventListener("focus", function () {
      var r = area.getBoundingClientRect();
      if (r.bottom > innerHeight && innerHeight - r.top < 80) area.scrollIntoView({ block: "nearest" });
    });
    area.addEventListener("input", function () {
      stored.text = area.value.slice(0, limit);
      stored.updated = new Date().toISOString();
      kept = work.write(reading, "written", id, stored);
      refresh();
    });
    compare.addEventListener("click", function () {
      if (work.words(area.value) < min || locked()) return;
      stored.text = area.value.slice(0, limit);
      stored.compared = true;
      stored.draft = stored.text;
      stored.drafted = new Date().toISOString();
      kept = work.write(reading, "written", id, stored);
      reveal();
      refresh();
      strong.setAttribute("tabindex", "-1");
      strong.focus();
    });
    refresh();
  }

  function setupJudge(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    var at = split(form.dataset.judge), reading = at[0], id = at[1];
    var details = form.parentNode.querySelector("details");
    var inputs = form.querySelectorAll("input");
    var said = form.querySelector(".judge-said");
    var fieldset = form.querySelector("fieldset");
    var stored = work.read(reading, "prediction", id);
    if (stored && stored.choice >= inputs.length) stored = null;
    form.hidden = false;

    function label(i) { return inputs[i].parentNode.textContent.trim(); }

    function open(prediction, now) {
      inputs[prediction.choice].checked = true;
      fieldset.disabled = true;
      form.querySelector(".judge-open").parentNode.hidden = true;
      details.hidden = false;
      said.textContent = "You said: " + label(prediction.choice) + ". Now read our note on this number.";
      if (now) {
        details.open = true;
        details.querySelector("summary").focus();
      }
    }

    if (stored) {
      open(stored, false);
    } else {
      details.hidden = true; // the verdict waits for the reader's own judgement
    }
    form.querySelector(".judge-open").addEventListener("click", function () {
      var picked = Array.prototype.filter.call(inputs, function (i) { return i.checked; })[0];
      if (!picked) { said.textContent = "Choose an answer first."; return; }
      var prediction = { choice: Number(picked.value), at: new Date().toISOString() };
      work.write(reading, "prediction", id, prediction);
      open(prediction, true);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  function init() {
    document.querySelectorAll(".written[data-written]").forEach(setupWritten);
    document.querySelectorAll("form.judge-form").forEach(setupJudge);
  }

  window.GuidedPage.onPage(init);
})();
