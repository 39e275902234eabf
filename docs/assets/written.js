/* Written answers and judge-first predictions on a reading's pages, kept with GuidedWork (work-store.js).
   Without this script a written answer can still be typed (not kept) and a judged figure is a plain <details>. */
(function () {
  "use strict";
  var work = window.GuidedWork;

  function split(where) { var i = where.indexOf("/"); return [where.slice(0, i), where.slice(i + 1)]; }

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
    var stored = work.read(reading, "written", id) || { text: "", updated: null, compared: false };
    var kept = true;
    area.value = stored.text;
    actions.hidden = false; // shown by the script: without it the points stay hidden

    function refresh() {
      var n = work.words(area.value);
      var enough = n >= min;
      compare.disabled = !enough || !strong.hidden;
      count.textContent = n + (n === 1 ? " word" : " words") + ". " +
        (!strong.hidden ? "Compare your answer with the points below." :
          enough ? "You can now compare with a strong answer." : "Write at least " + min + " to compare with a strong answer.") +
        (kept ? " Kept on this device." : " Not kept: this browser does not allow saving.");
    }

    function reveal() {
      strong.hidden = false;
      actions.hidden = true;
      box.classList.add("is-compared");
    }

    if (stored.compared && work.words(stored.text) >= min) reveal();
    area.addEventListener("input", function () {
      stored.text = area.value;
      stored.updated = new Date().toISOString();
      kept = work.write(reading, "written", id, stored);
      refresh();
    });
    compare.addEventListener("click", function () {
      if (work.words(area.value) < min) return;
      stored.compared = true;
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
