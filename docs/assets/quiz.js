/* Quizzes: check answers, explain them, link to the evidence, keep progress per reading.
   The form is readable and printable without this script; with it, each question gets a Check button.

   Scores tell the truth: the first check of each question is recorded (what was chosen, right or not) and
   kept through later tries and "Start again"; the score is the first-try score, and later tries are told
   apart. A wrong check says why the options picked are wrong and where to look; the answer is shown only
   when the student asks ("Show the answer"), and that is recorded too. */
(function () {
  "use strict";

  // Progress goes through GuidedWork (work-store.js), which validates what it reads and never throws.
  var work = window.GuidedWork;
  var LETTERS = "ABCDEF";

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
    var progress = Object.create(null), onPage = Object.create(null), retired = Object.create(null), gone = 0;
    fieldsets.forEach(function (f) {
      var id = f.dataset.question, state = data && Object.prototype.hasOwnProperty.call(data, id) ? data[id] : null;
      var count = f.querySelectorAll("input").length, inRange = function (i) { return i < count; };
      onPage[id] = true;
      if (state && state.chosen.every(inRange) && (!state.first || state.first.chosen.every(inRange))) progress[id] = state;
    });
    // Answers to questions this quiz no longer has (an item rewritten in a later edition gets a new id): kept
    // as they were, saved again with every save, and never counted.
    if (data) Object.keys(data).forEach(function (id) {
      if (!onPage[id]) { retired[id] = data[id]; gone += 1; }
    });
    return { progress: progress, retired: retired, gone: gone };
  }

  // What a save writes: the questions on the page, and the answers to questions no longer on it.
  function withRetired(progress, retired) {
    var all = Object.create(null);
    Object.keys(retired).forEach(function (id) { all[id] = retired[id]; });
    Object.keys(progress).forEach(function (id) { all[id] = progress[id]; });
    return all;
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

  function isRight(answer, picks) {
    return answer.correct.length === picks.length && answer.correct.every(function (i) { return picks.indexOf(i) !== -1; });
  }

  // "B, “the words of option B”": the letter and the words, so that the feedback reads alone.
  function optionName(fieldset, i) {
    var input = fieldset.querySelectorAll("input")[i];
    var words = input ? input.closest(".quiz-choice").querySelector(".quiz-text").textContent.trim() : "";
    return LETTERS.charAt(i) + ", “" + words + "”";
  }

  function clearMarks(fieldset) {
    fieldset.classList.remove("is-right", "is-wrong");
    fieldset.querySelectorAll(".quiz-tag").forEach(function (t) { t.remove(); });
    fieldset.querySelectorAll(".quiz-choice").forEach(function (c) {
      c.classList.remove("is-correct", "is-mistake");
    });
    fieldset.querySelector(".quiz-feedback").textContent = "";
  }

  function tag(label, cls, text) {
    label.appendChild(el("span", "quiz-tag " + cls, text));
  }

  // A wrong check's verdict; for "choose all", whether right options are missing (not which).
  function notYet(fieldset, answer, picks) {
    if (!fieldset.querySelector("input[type=checkbox]")) return "That option is not the answer.";
    var wrong = picks.filter(function (i) { return answer.correct.indexOf(i) < 0; }).length;
    if (wrong === picks.length) return wrong > 1 ? "None of the options you picked is right." : "That option is not one of the answers.";
    return wrong ? "Not all of the options you picked are right" +
      (answer.correct.some(function (i) { return picks.indexOf(i) < 0; }) ? ", and a right one is not picked yet." : ".")
      : "What you picked is right, but there is more to pick.";
  }

  // Marks and feedback for a checked question. The key is shown when the check was right or when the
  // student asked for it; otherwise only the options picked are explained.
  function show(fieldset, answer, state, onReveal) {
    var picks = state.chosen, right = isRight(answer, picks), keyShown = right || state.revealed;
    clearMarks(fieldset);
    fieldset.classList.add(right ? "is-right" : "is-wrong");
    fieldset.querySelectorAll(".quiz-choice").forEach(function (label) {
      var value = Number(label.querySelector("input").value), correct = answer.correct.indexOf(value) !== -1;
      if (correct && keyShown) {
        label.classList.add("is-correct");
        tag(label, "quiz-tag--correct", "Correct answer");
      } else if (!correct && picks.indexOf(value) !== -1) {
        label.classList.add("is-mistake");
        tag(label, "quiz-tag--mistake", "Not this one");
      }
    });
    var feedback = fieldset.querySelector(".quiz-feedback");
    var verdict = el("p", "quiz-verdict");
    verdict.appendChild(el("span", "quiz-icon", right ? "\u2713" : "\u2717")).setAttribute("aria-hidden", "true");
    verdict.appendChild(el("strong", null, right ? "Right. " : "Not quite. "));
    if (keyShown) verdict.appendChild(document.createTextNode(answer.explanation));
    else verdict.appendChild(document.createTextNode(notYet(fieldset, answer, picks)));
    feedback.appendChild(verdict);
    // Each wrong option picked is explained (answer.why, by shown position), named by its letter and words.
    picks.forEach(function (i) {
      if (answer.correct.indexOf(i) !== -1) return;
      var why = answer.why && answer.why[i];
      feedback.appendChild(el("p", "quiz-why", optionName(fieldset, i) + ": " +
        (typeof why === "string" ? why : "this is not what the text says here.")));
    });
    // A link to a sentence that holds the answer in its own words (a gap-fill's) waits until the key is shown.
    if (keyShown || !answer.evidence.shows_answer) {
      var link = el("a", "quiz-evidence", (keyShown ? "See it in the text" : "Look again at the text") + " (" + answer.evidence.label + ")");
      link.href = answer.evidence.href;
      var where = el("p");
      where.appendChild(link);
      feedback.appendChild(where);
    }
    if (state.first && !state.first.right && right) {
      feedback.appendChild(el("p", "quiz-first", "Your first try was not right, and your score counts the first try."));
    }
    if (!keyShown) {
      var ask = el("p", "quiz-reveal"), button = el("button", "md-button quiz-show", "Show the answer");
      button.type = "button";
      button.addEventListener("click", onReveal);
      ask.appendChild(el("span", null, "Try again, or "));
      ask.appendChild(button);
      feedback.appendChild(ask);
    } else if (state.revealed && !right) {
      feedback.appendChild(el("p", "quiz-first", "You asked to see the answer; this is recorded with your work."));
    }
    return right;
  }

  function setup(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    var answers = JSON.parse(form.querySelector(".quiz-data").textContent);
    var where = form.dataset.quiz.split("/"), reading = where[0], quiz = where[1];
    var fieldsets = form.querySelectorAll(".quiz-question");
    var loaded = load(reading, quiz, fieldsets), progress = loaded.progress;
    function save() { work.write(reading, "quiz", quiz, withRetired(progress, loaded.retired)); }
    if (loaded.gone) {
      var changed = el("p", "quiz-retired", "This quiz has changed since you last answered it: " + loaded.gone +
        (loaded.gone === 1 ? " of your answers was to a question" : " of your answers were to questions") +
        " no longer here. They are kept on this device but not counted; answer the questions below to complete the quiz.");
      form.insertBefore(changed, fieldsets[0]);
    }
    var summary = form.querySelector(".quiz-summary");
    var score = form.querySelector(".quiz-score");
    var checks = Object.create(null); // question id -> its check, run by a click or by submitting a test

    // Test mode (an assignment link with test=1): the assigned questions have no Check button until the
    // assignment is submitted; then every answered one is checked at once, and that is its first try.
    var onAssignment = !!form.closest(".assignment");
    function testMode() {
      fieldsets.forEach(function (f) {
        var a = work.testMode(reading), locked = !!a && a.questions.indexOf(f.dataset.question) !== -1;
        var note = f.querySelector(".quiz-test-note");
        f.querySelector(".quiz-actions").hidden = locked;
        if (locked && !note) {
          note = el("p", "quiz-test-note", onAssignment ? "Test mode: your answers are checked together when you submit them below." :
            "Test mode: this question is part of your assignment, checked when you submit it on ");
          if (!onAssignment) {
            var link = el("a", null, "the assignment page");
            link.href = "assignment.html";
            note.appendChild(link);
            note.appendChild(document.createTextNode("."));
          }
          f.querySelector(".quiz-actions").after(note);
        }
        if (note) note.hidden = !locked;
        f.dataset.locked = locked ? "1" : "";
      });
    }

    function update() {
      var done = 0, right = 0, shown = 0, later = 0, revealed = 0;
      fieldsets.forEach(function (f) {
        if (f.closest("[hidden]")) return; // left out of an assignment
        shown += 1;
        var state = progress[f.dataset.question];
        if (!state || !(state.first || state.checked)) return;
        done += 1;
        var firstRight = !!(state.first && state.first.right);
        if (firstRight) right += 1;
        else if (state.checked && state.right) later += 1;
        if (state.revealed) revealed += 1;
      });
      summary.hidden = done === 0;
      var text = done === shown
        ? "Your first-try score: " + right + " out of " + shown + "."
        : "First tries so far: " + right + " right out of " + done + " checked, " + (shown - done) + " to go.";
      if (later) text += " Right after trying again: " + later + " more (not counted in the score).";
      if (revealed) text += " Answers you asked to see: " + revealed + ".";
      score.textContent = text;
    }

    fieldsets.forEach(function (fieldset) {
      var id = fieldset.dataset.question;
      var answer = answers[id];
      var actions = fieldset.querySelector(".quiz-actions");
      actions.hidden = false;

      function record() {
        return progress[id] || { chosen: [], checked: false, right: false, first: null, tries: 0, revealed: false };
      }
      function reveal() {
        var state = record();
        state.revealed = true;
        progress[id] = state;
        show(fieldset, answer, state, reveal);
        save();
        update();
        var key = fieldset.querySelector(".quiz-tag--correct");
        var feedback = fieldset.querySelector(".quiz-feedback");
        feedback.setAttribute("tabindex", "-1");
        feedback.focus();
        if (key) key.scrollIntoView({ block: "nearest" });
      }

      var state = progress[id];
      if (state) {
        fieldset.querySelectorAll("input").forEach(function (i) {
          i.checked = state.chosen.indexOf(Number(i.value)) !== -1;
        });
        if (state.checked) state.right = show(fieldset, answer, state, reveal);
      }
      fieldset.addEventListener("change", function () {
        var s = record();
        s.chosen = chosen(fieldset);
        s.checked = false;
        s.right = false;
        progress[id] = s;
        clearMarks(fieldset);
        save();
        update();
      });
      checks[id] = function () {
        var picks = chosen(fieldset);
        if (!picks.length) {
          clearMarks(fieldset);
          fieldset.querySelector(".quiz-feedback").appendChild(el("p", "quiz-verdict", "Choose an answer first."));
          return;
        }
        var s = record(), right = isRight(answer, picks);
        s.chosen = picks;
        s.checked = true;
        s.right = right;
        s.tries += 1;
        if (!s.first) s.first = { chosen: picks.slice(), right: right };
        progress[id] = s;
        show(fieldset, answer, s, reveal);
        save();
        update();
      };
      actions.querySelector(".quiz-check").addEventListener("click", checks[id]);
    });

    testMode();
    document.addEventListener("assignment:changed", testMode);
    document.addEventListener("assignment:submitted", function () {
      fieldsets.forEach(function (f) {
        if (f.dataset.locked && !f.closest("[hidden]") && chosen(f).length) checks[f.dataset.question]();
      });
      testMode();
    });

    // "Start again" clears the page's choices (first tries and answers asked for stay); it asks first.
    var resetButton = form.querySelector(".quiz-reset"), confirmBox = form.querySelector(".quiz-confirm");
    function asking(on) {
      confirmBox.hidden = !on;
      resetButton.hidden = on;
      (on ? confirmBox.querySelector("p") : resetButton).focus();
    }
    function clearAll() {
      Object.keys(progress).forEach(function (id) {
        progress[id].chosen = [];
        progress[id].checked = false;
        progress[id].right = false;
      });
      save();
      form.reset();
      fieldsets.forEach(clearMarks);
      update();
      var first = form.querySelector("input");
      if (first) first.focus();
    }
    resetButton.addEventListener("click", function () {
      if (Object.keys(progress).some(function (id) { return progress[id].chosen.length; })) asking(true);
      else clearAll();
    });
    confirmBox.querySelector(".quiz-confirm-keep").addEventListener("click", function () { asking(false); });
    confirmBox.querySelector(".quiz-confirm-clear").addEventListener("click", function () {
      confirmBox.hidden = true;
      resetButton.hidden = false;
      clearAll();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  }

  function init() {
    document.querySelectorAll("form.quiz").forEach(setup);
  }

  window.GuidedPage.onPage(init);
})();
