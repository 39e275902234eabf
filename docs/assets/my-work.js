/* My work: gathers what the student did in this reading (GuidedWork, work-store.js), to print,
   save to one file, or load from a file saved on another computer. Nothing leaves the device
   unless the student saves the file. */
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

    function el(tag, cls, textValue) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (textValue != null) node.textContent = textValue;
      return node;
    }
    function link(textValue, href) { var a = el("a", null, textValue); a.href = href; return a; }
    function section(title) { var s = el("section", "work-section"); s.appendChild(el("h2", null, title)); body.appendChild(s); return s; }

    function assignmentLine(a) {
      var box = root.querySelector(".work-assignment");
      box.textContent = "";
      box.hidden = !a;
      if (!a) return;
      var titles = {};
      cat.parts.forEach(function (p, i) { titles[p.id] = "Part " + (i + 1) + ": " + p.title; });
      box.appendChild(el("p", null, "Your assignment" + (a.due ? " (" + a.due + ")" : "") + ": " +
        (a.parts.length ? "read " + a.parts.map(function (p) { return titles[p] || p; }).join("; ") + ". " : "") +
        a.questions.length + " questions, " + a.prompts.length + " written answers."));
      box.appendChild(link("Open the assignment", "assignment.html"));
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
        if (a && a.text.trim()) {
          item.appendChild(el("p", "work-answer", a.text));
          item.appendChild(el("p", "work-meta", work.words(a.text) + " words" + (a.compared ? "; compared with a strong answer." : ".")));
        } else {
          item.appendChild(el("p", "work-meta", "Not written yet."));
        }
        written.appendChild(item);
      });

      var quizzes = section("Quizzes");
      cat.quizzes.forEach(function (q) {
        var progress = w.quizzes[q.id] || {}, checked = 0, right = 0;
        var item = el("article", "work-item"), head = el("h3");
        head.appendChild(link(q.title, q.href));
        item.appendChild(head);
        var list = el("ol", "work-questions");
        q.questions.forEach(function (x) {
          var s = progress[x.id], li = el("li");
          li.appendChild(el("span", "work-question", x.prompt + " "));
          if (s && s.chosen.length) {
            if (s.checked) { checked += 1; if (s.right) right += 1; }
            var mark = s.checked ? (s.right ? " \u2713 right" : " \u2717 not right") : " (not checked yet)";
            li.appendChild(el("strong", null, "Your answer: " + s.chosen.map(function (i) { return letters[i] + ". " + x.choices[i]; }).join("; ") + "." + mark));
          } else {
            li.appendChild(el("em", null, "Not answered."));
          }
          list.appendChild(li);
        });
        item.appendChild(el("p", "work-score", "Score: " + right + " right out of " + checked + " checked, of " + q.questions.length + " questions."));
        item.appendChild(list);
        quizzes.appendChild(item);
      });

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

    function fileName(name, now) {
      var who = (name || "student").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "student";
      return "my-work-" + slug + "-" + who + "-" + now.toISOString().slice(0, 10) + ".json";
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
      var name = fileName(w.student, now);
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
          work.restore(cat, result.work);
          render();
          status.textContent = "Loaded " + file.name + (result.work.student ? ", the work of " + result.work.student : "") +
            (result.work.saved ? ", saved " + result.work.saved.slice(0, 10) : "") + ".";
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
