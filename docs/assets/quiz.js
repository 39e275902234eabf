/* Quizzes: check answers, explain them, link to the evidence, keep progress per reading.
   The form is readable and printable without this script; with it, each question gets a Check button. */
(function () {
  "use strict";

  // Progress goes through GuidedWork (work-store.js), which validates what it reads and never throws.
  var work = window.GuidedWork;

  function load(reading, quiz, fieldsets) {
    var data = work.read(reading, "quiz", quiz);
    if (data === null) {
      // Progress kept before keys were versioned: validate it, move it to the new key.
      try {
        var legacy = "guided-readings:" + reading + "/" + quiz, raw = window.localStorage.getItem(legacy);
        if (raw !== null && raw.length < 100000) data = work.clean("quiz", JSON.parse(raw));
        window.localStorage.removeItem(legacy);
      } catch (e) { data = null; }
    }
    var progress = {};
    fieldsets.forEach(function (f) {
      var state = data && data[f.dataset.question];
      var count = f.querySelectorAll("input").length;
      if (state && state.chosen.every(function (i) { return i < count; })) progress[f.dataset.question] = state;
    });
    return progress;
  }

  function chosen(fieldset) {
    return Array.prototype.filter
      .call(fieldset.querySelectorAll("input"), function (i) { return i.checked; })
      .map(function (i) { return Number(i.value); });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function clearMarks(fieldset) {
    fieldset.classList.remove("is-right", "is-wrong");
    fieldset.querySelectorAll(".quiz-tag").forEach(function (t) { t.remove(); });
    fieldset.querySelectorAll(".quiz-choice").forEach(function (c) {
      c.classList.remove("is-correct", "is-mistake");
    });
    fieldset.querySelector(".quiz-feedback").textContent = "";
  }

  function show(fieldset, answer, picks) {
    var right = answer.correct.length === picks.length &&
      answer.correct.every(function (i) { return picks.indexOf(i) !== -1; });
    clearMarks(fieldset);
    fieldset.classList.add(right ? "is-right" : "is-wrong");
    fieldset.querySelectorAll(".quiz-choice").forEach(function (label) {
      var value = Number(label.querySelector("input").value);
      if (answer.correct.indexOf(value) !== -1) {
        label.classList.add("is-correct");
        label.appendChild(el("span", "quiz-tag quiz-tag--correct", "Correct answer"));
      } else if (picks.indexOf(value) !== -1) {
        label.classList.add("is-mistake");
        label.appendChild(el("span", "quiz-tag quiz-tag--mistake", "Not this one"));
      }
    });
    var feedback = fieldset.querySelector(".quiz-feedback");
    var verdict = el("p", "quiz-verdict");
    verdict.appendChild(el("span", "quiz-icon", right ? "\u2713" : "\u2717")).setAttribute("aria-hidden", "true");
    verdict.appendChild(el("strong", null, right ? "Right. " : "Not quite. "));
    verdict.appendChild(document.createTextNode(answer.explanation));
    var link = el("a", "quiz-evidence", "See it in the text (" + answer.evidence.label + ")");
    link.href = answer.evidence.href;
    var where = el("p");
    where.appendChild(link);
    feedback.appendChild(verdict);
    // Each wrong option picked can carry its own explanation (answer.why, by shown position).
    picks.forEach(function (i) {
      var why = answer.why && answer.why[i];
      if (typeof why === "string" && answer.correct.indexOf(i) === -1) feedback.appendChild(el("p", "quiz-why", "ABCDEF".charAt(i) + ": " + why));
    });
    feedback.appendChild(where);
    return right;
  }

  function setup(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    var answers = JSON.parse(form.querySelector(".quiz-data").textContent);
    var where = form.dataset.quiz.split("/"), reading = where[0], quiz = where[1];
    var fieldsets = form.querySelectorAll(".quiz-question");
    var progress = load(reading, quiz, fieldsets);
    function save() { work.write(reading, "quiz", quiz, progress); }
    var summary = form.querySelector(".quiz-summary");
    var score = form.querySelector(".quiz-score");

    function update() {
      var done = 0, right = 0, shown = 0;
      fieldsets.forEach(function (f) {
        if (f.closest("[hidden]")) return; // left out of an assignment
        shown += 1;
        var state = progress[f.dataset.question];
        if (state && state.checked) { done += 1; if (state.right) right += 1; }
      });
      summary.hidden = done === 0;
      score.textContent = done === shown
        ? "Your score: " + right + " out of " + shown + "."
        : "So far: " + right + " right out of " + done + " checked, " + (shown - done) + " to go.";
    }

    fieldsets.forEach(function (fieldset) {
      var id = fieldset.dataset.question;
      var answer = answers[id];
      var actions = fieldset.querySelector(".quiz-actions");
      actions.hidden = false;
      var state = progress[id];
      if (state) {
        fieldset.querySelectorAll("input").forEach(function (i) {
          i.checked = state.chosen.indexOf(Number(i.value)) !== -1;
        });
        if (state.checked) state.right = show(fieldset, answer, state.chosen);
      }
      fieldset.addEventListener("change", function () {
        progress[id] = { chosen: chosen(fieldset), checked: false, right: false };
        clearMarks(fieldset);
        save();
        update();
      });
      actions.querySelector(".quiz-check").addEventListener("click", function () {
        var picks = chosen(fieldset);
        if (!picks.length) {
          clearMarks(fieldset);
          fieldset.querySelector(".quiz-feedback").appendChild(el("p", "quiz-verdict", "Choose an answer first."));
          return;
        }
        progress[id] = { chosen: picks, checked: true, right: show(fieldset, answer, picks) };
        save();
        update();
      });
    });

    form.querySelector(".quiz-reset").addEventListener("click", function () {
      progress = {};
      save();
      form.reset();
      fieldsets.forEach(clearMarks);
      update();
      var first = form.querySelector("input");
      if (first) first.focus();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  }

  function init() {
    document.querySelectorAll("form.quiz").forEach(setup);
  }

  window.GuidedPage.onPage(init);
})();
