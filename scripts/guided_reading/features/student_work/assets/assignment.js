/* The assignment a teacher's link carries (assignment.html#parts=…&questions=…&prompts=…&due=…):
   show only what it names, and keep it (GuidedWork) so that My work and the saved file record it.
   Ids the page does not know are dropped; a link that names nothing this page knows (unknown ids, or only
   a due date) is ignored and leaves the stored assignment as it was. */
(function () {
  "use strict";
  var work = window.GuidedWork;
  var root = document.querySelector(".assignment");
  if (!root || !work) return;
  var slug = root.dataset.reading;

  function fromHash(hash) {
    var a = { parts: [], questions: [], prompts: [], due: "", test: false }, found = false;
    hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("="), name = pair.slice(0, i), value = pair.slice(i + 1);
      if (i < 0) return;
      try { value = decodeURIComponent(value); } catch (e) { return; }
      if (name === "due") { a.due = value.slice(0, 120); found = true; }
      if (name === "test") a.test = value === "1";
      if (name === "parts" || name === "questions" || name === "prompts") {
        a[name] = value.split(",").filter(function (id) { return /^[a-z0-9-]{1,80}$/.test(id); }).slice(0, 200);
        found = true;
      }
    });
    return found ? a : null;
  }

  function known(a) {
    var has = function (selector) { return root.querySelector(selector) !== null; };
    return {
      parts: a.parts.filter(function (id) { return has('[data-part-id="' + id + '"]'); }),
      questions: a.questions.filter(function (id) { return has('fieldset[data-question="' + id + '"]'); }),
      prompts: a.prompts.filter(function (id) { return has('[data-prompt-id="' + id + '"]'); }),
      due: a.due, test: a.test, submitted: null
    };
  }

  function sameTask(a, b) {
    return !!a && !!b && a.test === b.test && a.due === b.due &&
      ["parts", "questions", "prompts"].every(function (k) { return a[k].join(",") === b[k].join(","); });
  }

  // Test mode: the answers are checked together when the student submits (quiz.js and written.js listen).
  var submitLine = document.createElement("p"), submit = document.createElement("button"), submitSays = document.createElement("span");
  submitLine.className = "assignment-submit";
  submitLine.hidden = true;
  submit.type = "button";
  submit.className = "md-button md-button--primary";
  submit.textContent = "Submit my answers";
  submitSays.className = "assignment-submit-status";
  submitSays.setAttribute("role", "status");
  submitLine.appendChild(submit);
  submitLine.appendChild(document.createTextNode(" "));
  submitLine.appendChild(submitSays);
  root.querySelector(".assignment-tasks").appendChild(submitLine);
  var sure = false;
  submit.addEventListener("click", function () {
    var a = work.read(slug, "assignment");
    if (!a || !a.test || a.submitted) return;
    var open = Array.prototype.filter.call(root.querySelectorAll(".assign-quiz fieldset[data-question]:not([hidden])"), function (f) {
      return !f.querySelector("input:checked");
    }).length;
    if (open && !sure) {
      sure = true;
      submitSays.textContent = open + (open === 1 ? " question is" : " questions are") + " not answered yet. Press again to submit anyway.";
      return;
    }
    a.submitted = new Date().toISOString();
    if (!work.write(slug, "assignment", null, a)) {
      submitSays.textContent = "This browser does not keep your work, so the answers cannot be submitted here. Save your work from My work instead.";
      return;
    }
    document.dispatchEvent(new CustomEvent("assignment:submitted"));
    apply();
    submitSays.textContent = "Submitted. Your answers are checked below; the first check of each is your score.";
  });

  function apply() {
    var fromLink = fromHash(window.location.hash);
    if (fromLink) fromLink = known(fromLink);
    if (fromLink && !fromLink.parts.length && !fromLink.questions.length && !fromLink.prompts.length) fromLink = null;
    var stored = work.read(slug, "assignment");
    if (fromLink && sameTask(fromLink, stored)) fromLink = null; // the same link again: keep its submission
    var a = fromLink || stored;
    if (fromLink) work.write(slug, "assignment", null, a);
    submitLine.hidden = !(a && a.test && !a.submitted);
    if (fromLink) document.dispatchEvent(new CustomEvent("assignment:changed"));
    var empty = !a || (!a.parts.length && !a.questions.length && !a.prompts.length);
    root.querySelector(".assignment-empty").hidden = !empty;
    root.querySelector(".assignment-done").hidden = empty;
    var due = root.querySelector(".assignment-due");
    due.hidden = empty || !a.due;
    due.textContent = a && a.due ? "Due: " + a.due : "";
    root.querySelector(".assignment-read").hidden = empty || !a.parts.length;
    root.querySelectorAll("[data-part-id]").forEach(function (li) { li.hidden = empty || a.parts.indexOf(li.dataset.partId) === -1; });
    root.querySelectorAll(".assign-quiz").forEach(function (block) {
      var any = false;
      block.querySelectorAll("fieldset[data-question]").forEach(function (f) {
        f.hidden = empty || a.questions.indexOf(f.dataset.question) === -1;
        any = any || !f.hidden;
      });
      block.hidden = !any;
      var shown = block.querySelectorAll("fieldset[data-question]:not([hidden])");
      shown.forEach(function (f, i) { f.querySelector(".quiz-number").textContent = "Question " + (i + 1) + " of " + shown.length + "."; });
    });
    root.querySelectorAll(".assign-written").forEach(function (block) {
      block.hidden = empty || a.prompts.indexOf(block.dataset.promptId) === -1;
    });
  }

  root.querySelector(".work-needs-script").hidden = true;
  apply();
  window.addEventListener("hashchange", apply);
  // A code pasted from an offline copy (everything from "#" on, or a whole link): it becomes this page's address.
  var codeForm = root.querySelector(".assignment-code");
  if (codeForm) codeForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var code = codeForm.querySelector("input").value.trim(), at = code.indexOf("#");
    code = at === -1 ? code : code.slice(at + 1);
    if (code) window.location.hash = code;
  });
})();
