/* My work: a teacher's feedback file (saved from Hand-in) opened by the student. The ticks and
   comments appear beside the student's own answers, and the feedback is kept on this device with
   GuidedWork (work-store.js) until the student removes it. The file is checked like a work file:
   only this reading's prompts, strings of bounded length, nothing else. */
(function () {
  "use strict";
  function keyed() { return window.GuidedWork.keyed(); } // a prototype-free table (work-file.js)

  var FORMAT = "guided-readings-feedback", VERSION = 1, MAX_COMMENT = 5000, MAX_FILE = 2000000;

  function start() {
    var work = window.GuidedWork;
    var root = document.querySelector(".my-work");
    var box = root && root.querySelector(".work-feedback");
    if (!box || !work || box.dataset.ready) return;
    box.dataset.ready = "1";
    var cat = work.catalog(root), slug = cat.reading.slug, isObject = work.isObject;
    var prompts = keyed();
    cat.written.forEach(function (p) { prompts.set(p.id, p); });
    var status = box.querySelector(".work-feedback-status"), overall = box.querySelector(".work-feedback-overall");
    var picker = box.querySelector(".work-feedback-file"), removeButton = box.querySelector(".work-feedback-remove");
    var body = root.querySelector(".work-body");

    function text(v, max) { return typeof v === "string" && v.length <= max ? v : null; }
    function el(tag, cls, value) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (value != null) node.textContent = value;
      return node;
    }
    function date(iso) {
      var d = new Date(iso || "");
      return isNaN(d.getTime()) ? "an unknown date" : d.toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
    }

    // The cleaned feedback, or null: a piece that does not fit is left out, never trusted.
    function clean(v) {
      if (!isObject(v) || !isObject(v.reading) || v.reading.slug !== slug) return null;
      var out = {
        reading: { slug: slug, title: text(v.reading.title, 300) || cat.reading.title, edition: text(v.reading.edition, 40) || "" },
        work_id: text(v.work_id, 100), student: text(v.student, 120) || "", saved: text(v.saved, 40), marked: text(v.marked, 40),
        overall: text(v.overall, MAX_COMMENT) || "", prompts: []
      };
      var seen = keyed();
      (Array.isArray(v.prompts) ? v.prompts : []).forEach(function (x) {
        if (!isObject(x) || typeof x.id !== "string" || !prompts.has(x.id) || seen.has(x.id)) return;
        var met = Array.isArray(x.points_met) && x.points_met.length <= 20 ? x.points_met.filter(function (t) { return text(t, 1000) !== null; }) : [];
        var totalPoints = typeof x.points_total === "number" && x.points_total >= met.length && x.points_total <= 20 ? Math.floor(x.points_total) : met.length;
        seen.set(x.id, true);
        out.prompts.push({ id: x.id, points_met: met, points_total: totalPoints, comment: text(x.comment, MAX_COMMENT) || "" });
      });
      return out;
    }

    var canKeep = typeof work.kind === "function";
    if (canKeep) work.kind("feedback", clean);
    var feedback = canKeep ? work.read(slug, "feedback") : null;

    function currentWorkId() {
      try { var w = work.collect(cat); return w && typeof w.id === "string" ? w.id : null; } catch (e) { return null; }
    }

    function apply() {
      body.querySelectorAll(".work-feedback-note").forEach(function (n) { n.remove(); });
      overall.textContent = "";
      overall.hidden = !feedback;
      overall.className = "work-feedback-overall" + (feedback ? " work-feedback-note" : "");
      removeButton.hidden = !feedback;
      if (!feedback) return;
      var head = el("p", null, "Feedback from your teacher on the work ");
      if (feedback.student) { head.appendChild(el("bdi", null, feedback.student)); head.appendChild(document.createTextNode(" ")); }
      head.appendChild(document.createTextNode("saved on " + date(feedback.saved) + (feedback.marked ? " (marked " + date(feedback.marked) + ")" : "") + "."));
      overall.appendChild(head);
      if (feedback.overall.trim()) overall.appendChild(el("p", "work-answer", feedback.overall));
      var mine = currentWorkId();
      if (feedback.work_id && mine && feedback.work_id !== mine) {
        overall.appendChild(el("p", null, "This feedback is on work saved on another device, or by someone else: compare it with the answers it is about."));
      }
      if (feedback.reading.edition && feedback.reading.edition !== cat.reading.edition) {
        overall.appendChild(el("p", null, "It was written for another edition of this reading: some prompts may have changed since."));
      }
      var items = body.querySelectorAll(".work-item");
      feedback.prompts.forEach(function (f) {
        var item = null;
        items.forEach(function (it) {
          var a = it.querySelector("h3 a");
          if (a && (a.getAttribute("href") || "").split("#")[1] === "write-" + f.id) item = it;
        });
        if (!item) return;
        var note = el("div", "work-feedback-note");
        note.appendChild(el("p", null, "Your teacher: " + f.points_met.length + " of " + f.points_total + " points of a strong answer met" +
          (f.points_met.length ? ":" : ".")));
        if (f.points_met.length) {
          var list = el("ul", "work-feedback-points");
          f.points_met.forEach(function (t) { list.appendChild(el("li", null, "\u2713 " + t)); });
          note.appendChild(list);
        }
        if (f.comment.trim()) {
          note.appendChild(el("p", null, "Comment:"));
          note.appendChild(el("p", "work-answer work-feedback-comment-text", f.comment));
        }
        item.appendChild(note);
      });
    }

    function read(file, textValue) {
      var data;
      try { data = JSON.parse(textValue); } catch (e) { data = null; }
      if (!isObject(data) || data.format !== FORMAT) return "is not a feedback file from your teacher";
      if (data.version !== VERSION) return "was saved in a format this page does not know";
      if (!isObject(data.reading) || data.reading.slug !== slug) return "is feedback on another reading";
      var cleaned = clean(data);
      if (!cleaned) return "is damaged";
      feedback = cleaned;
      var kept = canKeep && work.write(slug, "feedback", null, cleaned);
      apply();
      status.textContent = "Opened " + file + ": your teacher’s feedback is beside your answers" +
        (kept ? " and kept on this device." : ". It is not kept in this browser: open the file again next time.");
      return null;
    }

    box.hidden = false;
    picker.addEventListener("change", function () {
      var file = picker.files && picker.files[0];
      if (!file) return;
      if (file.size > MAX_FILE) { status.textContent = "Not opened: " + file.name + " is too large to be a feedback file."; picker.value = ""; return; }
      var reader = new FileReader();
      reader.onload = function () {
        var problem = read(file.name, String(reader.result));
        if (problem) status.textContent = "Not opened: " + file.name + " " + problem + ". Your work here is unchanged.";
        picker.value = "";
      };
      reader.onerror = function () { status.textContent = "Not opened: " + file.name + " could not be read."; };
      reader.readAsText(file);
    });
    removeButton.addEventListener("click", function () {
      feedback = null;
      if (canKeep) work.remove(slug, "feedback");
      apply();
      status.textContent = "The feedback is removed from this page. Your answers are unchanged.";
      picker.focus(); // the button hides itself: focus goes back to where feedback is opened
    });
    // My work redraws its answers (after a file is loaded, for one): put the feedback back beside them.
    new MutationObserver(apply).observe(body, { childList: true });
    apply();
  }
  window.GuidedPage.onPage(start);
})();
