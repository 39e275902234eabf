/* Hand-in: a teacher opens the files students saved from My work. Files are read by this browser
   only (FileReader); nothing is uploaded or kept. Each file is checked (work-store.js fromFile):
   another reading or edition is set aside, a malformed file gets a message, and the page goes on. */
(function () {
  "use strict";
  function start() {
    var work = window.GuidedWork;
    var root = document.querySelector(".hand-in");
    if (!root || !work || root.dataset.ready) return;
    root.dataset.ready = "1";
    var cat = work.catalog(root), letters = "ABCDEF";
    var students = [], messages = root.querySelector(".hand-in-messages"), results = root.querySelector(".hand-in-results");
    var drop = root.querySelector(".hand-in-drop"), picker = root.querySelector(".hand-in-files");
    var actions = root.querySelector(".hand-in-actions");

    function el(tag, cls, textValue) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (textValue != null) node.textContent = textValue;
      return node;
    }

    function message(kind, textValue) {
      messages.appendChild(el("p", "hand-in-message hand-in-message--" + kind, textValue));
    }

    function questionsOf(quiz) { return quiz.questions; }

    function score(student, quiz) {
      var progress = student.work.quizzes[quiz.id] || {}, right = 0, answered = 0;
      questionsOf(quiz).forEach(function (q) {
        var s = progress[q.id];
        if (s && s.chosen.length) { answered += 1; if (work.isRight(q, s.chosen)) right += 1; }
      });
      return { right: right, answered: answered, total: quiz.questions.length };
    }

    function cell(row, tag, textValue, cls) { var c = el(tag, cls, textValue); row.appendChild(c); return c; }

    function classTable() {
      var table = el("table", "hand-in-table"), head = el("tr");
      table.appendChild(el("caption", null, "The class: score per quiz (right answers out of the questions; answered in brackets) and words written per prompt."));
      cell(head, "th", "Student").scope = "col";
      cat.quizzes.forEach(function (q) { cell(head, "th", q.title).scope = "col"; });
      cat.written.forEach(function (p, i) { cell(head, "th", "Written " + (i + 1)).scope = "col"; });
      var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
      var tbody = el("tbody");
      students.forEach(function (s) {
        var row = el("tr");
        var who = cell(row, "th", s.name);
        who.scope = "row";
        who.appendChild(el("span", "hand-in-file", s.file + (s.work.saved ? ", saved " + s.work.saved.slice(0, 10) : "") + (s.work.assignment && s.work.assignment.due ? "; " + s.work.assignment.due : "")));
        cat.quizzes.forEach(function (q) {
          var sc = score(s, q);
          cell(row, "td", sc.answered ? sc.right + " / " + sc.total + " (" + sc.answered + ")" : "—");
        });
        cat.written.forEach(function (p) {
          var a = s.work.written[p.id];
          cell(row, "td", a && a.text.trim() ? work.words(a.text) + " words" : "—");
        });
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      return scroll(table, "Class table");
    }

    function scroll(table, label) { var wrap = el("div", "hand-in-scroll"); wrap.tabIndex = 0; wrap.setAttribute("role", "region"); wrap.setAttribute("aria-label", label); wrap.appendChild(table); return wrap; }

    function written() {
      var box = el("section", "hand-in-written");
      box.appendChild(el("h2", null, "Written answers"));
      cat.written.forEach(function (p, i) {
        var item = el("article", "hand-in-prompt");
        item.appendChild(el("h3", null, "Written " + (i + 1) + " (" + p.part_title + "): " + p.prompt));
        var grid = el("div", "hand-in-side");
        var answers = el("div", "hand-in-answers");
        students.forEach(function (s) {
          var a = s.work.written[p.id], one = el("div", "hand-in-answer");
          one.appendChild(el("p", "hand-in-who", s.name));
          one.appendChild(el("p", a && a.text.trim() ? "hand-in-text" : "hand-in-none", a && a.text.trim() ? a.text : "No answer."));
          answers.appendChild(one);
        });
        var points = el("aside", "hand-in-points");
        points.appendChild(el("p", null, "A strong answer covers (¶ " + p.paragraphs.join(", ") + "):"));
        var list = el("ul");
        p.points.forEach(function (x) { list.appendChild(el("li", null, x)); });
        points.appendChild(list);
        grid.appendChild(answers);
        grid.appendChild(points);
        item.appendChild(grid);
        box.appendChild(item);
      });
      return box;
    }

    function missed() {
      var box = el("section", "hand-in-missed"), rows = [];
      box.appendChild(el("h2", null, "Questions most often missed"));
      cat.quizzes.forEach(function (quiz) {
        quiz.questions.forEach(function (q, n) {
          var wrong = 0, blank = 0;
          students.forEach(function (s) {
            var st = (s.work.quizzes[quiz.id] || {})[q.id];
            if (!st || !st.chosen.length) blank += 1;
            else if (!work.isRight(q, st.chosen)) wrong += 1;
          });
          if (wrong) rows.push({ quiz: quiz, q: q, n: n + 1, wrong: wrong, blank: blank });
        });
      });
      rows.sort(function (a, b) { return b.wrong - a.wrong; });
      if (!rows.length) {
        box.appendChild(el("p", null, "No question was answered wrongly."));
        return box;
      }
      var table = el("table", "hand-in-table"), head = el("tr");
      ["Question", "Wrong", "Not answered", "Correct answer"].forEach(function (h) { cell(head, "th", h).scope = "col"; });
      var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
      var tbody = el("tbody");
      rows.forEach(function (r) {
        var row = el("tr");
        if (r.wrong * 2 > students.length) row.className = "is-most";
        cell(row, "td", r.quiz.title + ", question " + r.n + ": " + r.q.prompt);
        cell(row, "td", r.wrong + " of " + students.length + (r.wrong * 2 > students.length ? " (most)" : ""));
        cell(row, "td", String(r.blank));
        cell(row, "td", r.q.correct.map(function (i) { return letters[i] + ". " + r.q.choices[i]; }).join("; "));
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      box.appendChild(scroll(table, "Questions most often missed"));
      return box;
    }

    function render() {
      results.textContent = "";
      actions.hidden = students.length === 0;
      if (!students.length) return;
      results.appendChild(el("h2", null, students.length + (students.length === 1 ? " student" : " students")));
      results.appendChild(classTable());
      if (cat.written.length) results.appendChild(written());
      results.appendChild(missed());
    }

    function add(file, textValue) {
      var result = work.fromFile(cat, textValue);
      if (result.error) { message("error", "Not read: " + file + " " + result.error + "."); return; }
      if (result.other) { message("aside", "Set aside: " + file + " " + result.other + ". It is not mixed into this class."); return; }
      var name = result.work.student || "(no name: " + file + ")";
      if (students.some(function (s) { return s.file === file; })) { message("aside", "Already open: " + file + "."); return; }
      students.push({ name: name, file: file, work: result.work });
      message("ok", "Read: " + file + " (" + name + ").");
    }

    function open(files) {
      var list = Array.prototype.slice.call(files), left = list.length;
      list.forEach(function (file) {
        var reader = new FileReader();
        reader.onload = function () { add(file.name, String(reader.result)); };
        reader.onerror = function () { message("error", "Not read: " + file.name + " could not be opened."); };
        reader.onloadend = function () {
          left -= 1;
          if (left === 0) {
            students.sort(function (a, b) { return a.name.localeCompare(b.name); });
            render();
          }
        };
        if (file.size > 2000000) { message("error", "Not read: " + file.name + " is too large to be a saved work file."); left -= 1; if (!left) render(); return; }
        reader.readAsText(file);
      });
    }

    function csvValue(v) {
      var s = String(v == null ? "" : v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // a spreadsheet must not run a formula from a student's file
      return '"' + s.replace(/"/g, '""') + '"';
    }

    function csv() {
      var head = ["Student", "File", "Saved"];
      cat.quizzes.forEach(function (q) { head.push(q.title + ": right", q.title + ": answered", q.title + ": questions"); });
      cat.written.forEach(function (p, i) { head.push("Written " + (i + 1) + ": " + p.prompt, "Written " + (i + 1) + ": words"); });
      cat.quizzes.forEach(function (q) { q.questions.forEach(function (x, n) { head.push(q.title + " Q" + (n + 1) + " (" + x.id + ")"); }); });
      var lines = [head.map(csvValue).join(",")];
      students.forEach(function (s) {
        var row = [s.name, s.file, s.work.saved || ""];
        cat.quizzes.forEach(function (q) { var sc = score(s, q); row.push(sc.right, sc.answered, sc.total); });
        cat.written.forEach(function (p) { var a = s.work.written[p.id]; row.push(a ? a.text : "", a ? work.words(a.text) : 0); });
        cat.quizzes.forEach(function (q) {
          q.questions.forEach(function (x) {
            var st = (s.work.quizzes[q.id] || {})[x.id];
            row.push(st && st.chosen.length ? st.chosen.map(function (i) { return letters[i]; }).join("") + (work.isRight(x, st.chosen) ? " right" : " wrong") : "");
          });
        });
        lines.push(row.map(csvValue).join(","));
      });
      return "\ufeff" + lines.join("\r\n") + "\r\n";
    }

    root.querySelector(".work-needs-script").hidden = true;
    drop.hidden = false;
    picker.addEventListener("change", function () { open(picker.files); picker.value = ""; });
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add("is-over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("is-over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("is-over");
      if (event.dataTransfer && event.dataTransfer.files) open(event.dataTransfer.files);
    });
    root.querySelector(".hand-in-print").addEventListener("click", function () { window.print(); });
    root.querySelector(".hand-in-csv").addEventListener("click", function () {
      work.download("class-" + cat.reading.slug + "-" + new Date().toISOString().slice(0, 10) + ".csv", "text/csv", csv());
    });
    root.querySelector(".hand-in-clear").addEventListener("click", function () {
      students = [];
      messages.textContent = "";
      render();
    });
  }
  window.GuidedPage.onPage(start);
})();
