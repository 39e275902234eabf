/* My work: gathers what the student did in this reading (GuidedWork, work-store.js), to print,
   save to one file, or load from a file saved on another computer. Nothing leaves the device
   unless the student saves the file.

   Loading a file never loses work: what only the file holds is added, what only this browser holds
   stays, and where both hold different answers the page lists them and asks before replacing any.
   Every load can be undone. */
(function () {
  "use strict";
  function start() {
    var work = window.GuidedWork;
    var root = document.querySelector(".my-work");
    if (!root || !work || root.dataset.ready) return;
    root.dataset.ready = "1";
    var cat = work.catalog(root), slug = cat.reading.slug, letters = "ABCDEF";
    var body = root.querySelector(".work-body"), status = root.querySelector(".work-status");
    var nameBox = root.querySelector("#work-name");
    var review = document.createElement("div");
    review.className = "work-review";
    review.hidden = true;
    status.parentNode.insertBefore(review, status.nextSibling);

    function el(tag, cls, textValue) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (textValue != null) node.textContent = textValue;
      return node;
    }
    // A name typed by a student, kept apart for direction (a right-to-left name does not turn the sentence around).
    function bdi(textValue) { return el("bdi", null, textValue); }
    function say(node, parts) {
      node.textContent = "";
      parts.forEach(function (p) { node.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
    }
    function link(textValue, href) { var a = el("a", null, textValue); a.href = href; return a; }
    function section(title) { var s = el("section", "work-section"); s.appendChild(el("h2", null, title)); body.appendChild(s); return s; }
    function button(textValue, cls, onClick) {
      var b = el("button", "md-button" + (cls ? " " + cls : ""), textValue);
      b.type = "button";
      b.addEventListener("click", onClick);
      return b;
    }
    function count(n, one) { return n + " " + work.plural(n, one); }
    function picked(x, c) { return c.map(function (i) { return letters.charAt(i) + ". " + x.choices[i]; }).join("; "); }

    function assignmentLine(a) {
      var box = root.querySelector(".work-assignment");
      box.textContent = "";
      box.hidden = !a;
      if (!a) return;
      var titles = Object.create(null);
      cat.parts.forEach(function (p, i) { titles[p.id] = "Part " + (i + 1) + ": " + p.title; });
      box.appendChild(el("p", null, "Your assignment" + (a.due ? " (" + a.due + ")" : "") + (a.test ? ", in test mode" : "") + ": " +
        (a.parts.length ? "read " + a.parts.map(function (p) { return titles[p] || p; }).join("; ") + ". " : "") +
        count(a.questions.length, "question") + ", " + count(a.prompts.length, "written answer") + "."));
      box.appendChild(link("Open the assignment", "assignment.html"));
    }

    function quizItem(q, progress, holder) {
      var item = el("article", "work-item"), head = el("h3");
      head.appendChild(link(q.title, q.href));
      item.appendChild(head);
      var list = el("ol", "work-questions");
      q.questions.forEach(function (x) {
        var s = progress[x.id], li = el("li");
        li.appendChild(el("span", "work-question", x.prompt + " "));
        if (s && (s.first || s.chosen.length)) {
          var lines = [];
          if (s.first) lines.push("First try: " + picked(x, s.first.chosen) + "." + (s.first.right ? " \u2713 right" : " \u2717 not right"));
          else if (s.checked) lines.push("First try: not recorded (saved by an older version of this page).");
          if (s.chosen.length && (!s.first || s.tries > 1 || !s.checked)) {
            lines.push((s.first ? "Later: " : "Your answer: ") + picked(x, s.chosen) + "." + (s.checked ? (s.right ? " \u2713 right" : " \u2717 not right") : " (not checked yet)"));
          }
          if (s.tries > 1) lines.push(count(s.tries, "check") + ".");
          if (s.revealed) lines.push("You asked to see the answer.");
          var answer = el("span", "work-answer-line");
          lines.forEach(function (line, i) { if (i) answer.appendChild(el("br")); answer.appendChild(el(i ? "span" : "strong", null, line)); });
          li.appendChild(answer);
        } else {
          li.appendChild(el("em", null, "Not answered."));
        }
        list.appendChild(li);
      });
      var one = Object.create(null);
      one[q.id] = progress;
      var sc = work.firstTryScore({ quizzes: [], word_work: [q] }, { quizzes: one }, [q.id]);
      var line = "First-try score: " + sc.right + " right out of " + sc.asked + " checked, of " + count(q.questions.length, "question") + ".";
      if (sc.unknown) line += " First try not recorded: " + sc.unknown + ".";
      if (sc.rightLater) line += " Right after trying again: " + sc.rightLater + " more (not counted in the score).";
      item.appendChild(el("p", "work-score", line));
      item.appendChild(list);
      holder.appendChild(item);
    }

    function render() {
      var w = work.collect(cat);
      body.textContent = "";
      nameBox.value = w.student;
      assignmentLine(w.assignment);

      var written = section("Written answers");
      cat.written.forEach(function (p) {
        var item = el("article", "work-item"), a = w.written[p.id];
        var head = el("h3");
        head.appendChild(link(p.part_title + ": " + p.prompt, p.href));
        item.appendChild(head);
        if (a && a.draft !== null) {
          item.appendChild(el("p", "work-meta", "First draft (" + count(work.words(a.draft), "word") + "), as submitted:"));
          item.appendChild(el("p", "work-answer", a.draft));
          if (a.text !== a.draft) {
            item.appendChild(el("p", "work-meta", "Revision (" + count(work.words(a.text), "word") + "):"));
            item.appendChild(el("p", "work-answer", a.text));
          }
          item.appendChild(el("p", "work-meta", "Compared with a strong answer after the first draft."));
        } else if (a && a.text.trim()) {
          item.appendChild(el("p", "work-answer", a.text));
          item.appendChild(el("p", "work-meta", count(work.words(a.text), "word") + (a.compared ? "; compared with a strong answer." : "; first draft not submitted yet.")));
        } else {
          item.appendChild(el("p", "work-meta", "Not written yet."));
        }
        written.appendChild(item);
      });

      var quizzes = section("Quizzes"), gone = 0;
      work.exercises(cat).forEach(function (q) {
        var kept = work.retired(q, work.read(slug, "quiz", q.id));
        if (kept) gone += Object.keys(kept).length;
      });
      if (gone) {
        quizzes.appendChild(el("p", "work-meta work-retired", "Some questions have changed since you answered them: " +
          count(gone, "earlier answer") + (gone === 1 ? " to a question no longer in this reading is" : " to questions no longer in this reading are") +
          " kept on this device, but not counted here or saved in your file."));
      }
      cat.quizzes.forEach(function (q) { quizItem(q, w.quizzes[q.id] || Object.create(null), quizzes); });

      if ((cat.word_work || []).length) {
        var words = section("Word work");
        cat.word_work.forEach(function (q) { quizItem(q, w.quizzes[q.id] || Object.create(null), words); });
      }

      if (cat.predictions.length) {
        var predictions = section("Predictions");
        cat.predictions.forEach(function (p) {
          var v = w.predictions[p.id], item = el("article", "work-item"), head = el("h3");
          head.appendChild(link(p.label, p.href));
          item.appendChild(head);
          item.appendChild(el("p", null, p.prompt));
          item.appendChild(v ? el("p", "work-answer", "Your prediction: " + p.choices[v.choice] + ".") : el("p", "work-meta", "Not made yet."));
          predictions.appendChild(item);
        });
      }
    }

    // ---- Loading a file: merge, ask before replacing, undo ----------------------------------------

    var undo = null;

    function offerUndo(before, fileName) {
      undo = before;
      var p = el("p", "work-undo");
      p.appendChild(button("Undo loading " + fileName, "work-undo-button", function () {
        work.restore(cat, undo);
        undo = null;
        review.hidden = true;
        review.textContent = "";
        render();
        status.textContent = "Loading " + fileName + " was undone: your work is as it was before.";
        nameBox.focus();
      }));
      review.textContent = "";
      review.appendChild(p);
      review.hidden = false;
    }

    function apply(result, fileName, replace) {
      var before = work.collect(cat);
      var merged = work.merge(cat, before, result.work, replace);
      work.restore(cat, merged.work);
      render();
      var who = result.work.student ? [", the work of ", bdi(result.work.student)] : [];
      var saved = work.day(result.work.saved);
      var replaced = replace ? merged.clashes.length : 0, keptMine = replace ? 0 : merged.clashes.length;
      say(status, ["Loaded " + fileName].concat(who, [(saved ? ", saved on " + saved : "") + ": " + count(merged.added, "answer") + " added" +
        (replaced ? ", " + replaced + " replaced by the file's" : "") + (keptMine ? ", " + keptMine + " kept as they were here" : "") + "." +
        (result.notes.length ? " " + result.notes.join(" ") : "")]));
      offerUndo(before, fileName);
    }

    function ask(result, fileName, clashes) {
      review.textContent = "";
      var box = el("div", "work-clashes");
      box.setAttribute("role", "group");
      box.setAttribute("aria-labelledby", "work-clashes-title");
      var title = el("h2", "work-clashes-title", fileName + " holds " + count(clashes.length, "answer") + (clashes.length === 1 ? " that differs" : " that differ") + " from the work kept here");
      title.id = "work-clashes-title";
      box.appendChild(title);
      box.appendChild(el("p", null, "Nothing has changed yet. Answers that only the file holds will be added either way. For these, choose which to keep:"));
      var list = el("ul", "work-clash-list");
      clashes.slice(0, 50).forEach(function (c) {
        var li = el("li");
        li.appendChild(el("strong", null, c.what));
        li.appendChild(el("br"));
        say(li.appendChild(el("span")), ["Here: ", bdi(c.here)]);
        li.appendChild(el("br"));
        say(li.appendChild(el("span")), ["In the file: ", bdi(c.file)]);
        list.appendChild(li);
      });
      if (clashes.length > 50) list.appendChild(el("li", null, "and " + (clashes.length - 50) + " more."));
      box.appendChild(list);
      var actions = el("p", "work-clash-actions");
      actions.appendChild(button("Keep mine, add the rest", "work-keep-mine", function () { apply(result, fileName, false); }));
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(button("Use the file's answers", "work-use-file", function () { apply(result, fileName, true); }));
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(button("Cancel", "work-cancel-load", function () {
        review.hidden = true;
        review.textContent = "";
        status.textContent = "Not loaded: " + fileName + ". Your work here is unchanged.";
      }));
      box.appendChild(actions);
      review.appendChild(box);
      review.hidden = false;
      status.textContent = "Before loading " + fileName + ", choose which answers to keep.";
      title.setAttribute("tabindex", "-1");
      title.focus();
    }

    nameBox.disabled = false;
    nameBox.addEventListener("input", function () {
      if (!work.write(slug, "name", null, nameBox.value)) status.textContent = "Your name cannot be kept in this browser; type it again before you save.";
    });
    root.querySelector(".work-actions").hidden = false;
    root.querySelector(".work-needs-script").hidden = true;
    root.querySelector(".work-print").addEventListener("click", function () { window.print(); });
    root.querySelector(".work-save").addEventListener("click", function () {
      var w = work.collect(cat), now = new Date();
      w.student = nameBox.value.trim();
      var name = work.fileName(slug, w.student, now, w.id);
      work.download(name, "application/json", work.toFile(cat, w, now));
      status.textContent = "Saved as " + name + " (in your downloads). Hand in that file, or load it on another computer.";
    });
    var picker = root.querySelector(".work-load");
    picker.addEventListener("change", function () {
      var file = picker.files && picker.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () {
        var result = work.fromFile(cat, String(reader.result));
        if (result.work) {
          var clashes = work.merge(cat, work.collect(cat), result.work, false).clashes;
          if (clashes.length) ask(result, file.name, clashes);
          else apply(result, file.name, false);
        } else {
          status.textContent = "Not loaded: " + file.name + " " + (result.other || result.error) + ". Your work here is unchanged.";
        }
        picker.value = "";
      };
      reader.onerror = function () { status.textContent = "Not loaded: " + file.name + " could not be read."; };
      reader.readAsText(file);
    });
    render();
  }
  window.GuidedPage.onPage(start);
})();
