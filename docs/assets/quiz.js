/* Quizzes: check answers, explain them, link to the evidence, keep progress per reading.
   The form is readable and printable without this script; with it, each question gets a Check button. */
(function () {
  "use strict";

  function store(key) {
    try {
      var raw = window.localStorage.getItem(key);
      return { data: raw ? JSON.parse(raw) : {}, ok: true };
    } catch (e) {
      return { data: {}, ok: false }; // storage blocked: the quiz still works, progress is not kept
    }
  }

  function save(key, data) {
    try {
      window.localStorage.setItem(key, JSON.stringify(data));
    } catch (e) { /* storage blocked or full */ }
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
    var key = "guided-readings:" + form.dataset.quiz;
    var progress = store(key).data;
    var fieldsets = form.querySelectorAll(".quiz-question");
    var summary = form.querySelector(".quiz-summary");
    var score = form.querySelector(".quiz-score");

    function update() {
      var done = 0, right = 0;
      fieldsets.forEach(function (f) {
        var state = progress[f.dataset.question];
        if (state && state.checked) { done += 1; if (state.right) right += 1; }
      });
      summary.hidden = done === 0;
      score.textContent = done === fieldsets.length
        ? "Your score: " + right + " out of " + fieldsets.length + "."
        : "So far: " + right + " right out of " + done + " checked, " + (fieldsets.length - done) + " to go.";
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
        if (state.checked) show(fieldset, answer, state.chosen);
      }
      fieldset.addEventListener("change", function () {
        progress[id] = { chosen: chosen(fieldset), checked: false, right: false };
        clearMarks(fieldset);
        save(key, progress);
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
        save(key, progress);
        update();
      });
    });

    form.querySelector(".quiz-reset").addEventListener("click", function () {
      progress = {};
      save(key, progress);
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

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // runs again after Material's page switches
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
