/* Marks on the text, gathered: the student's own marks listed on My work, and the class's marks as a map of
   the op-ed on Hand-in (each sentence shaded by how many students marked it, the notes on demand). The
   marks themselves are made on the reading's pages (annotate.js, which this script builds on: GuidedMarks). */
(function () {
  "use strict";

  var marks = window.GuidedMarks;
  if (!marks) return;
  var start = marks.start, validMarks = marks.valid, kindOf = marks.kindOf, where = marks.where, json = marks.json;
  var readMarks = marks.read;

  // ---- My work: the student's marks, in the order of the text ------------------------------------

  function sentenceList(root) {
    var data = json(root, ".mark-sentences");
    return Array.isArray(data) ? data : [];
  }

  function setupList(section) {
    if (section.dataset.ready || !start(section)) return;
    section.dataset.ready = "1";
    var marks = readMarks();
    var list = section.querySelector(".my-marks__list");
    var shown = 0;
    sentenceList(section).forEach(function (row) {
      var mark = marks[row[0]];
      if (!mark) return;
      var kind = kindOf(mark.kind);
      var item = document.createElement("li");
      item.className = "mark--" + kind[0];
      var strong = document.createElement("strong");
      strong.textContent = kind[2] + " " + kind[1];
      var link = document.createElement("a");
      link.href = "full-text.html#" + row[0];
      link.textContent = where(row[0]);
      item.appendChild(strong);
      item.appendChild(document.createTextNode(" · "));
      item.appendChild(link);
      var quote = document.createElement("q");
      quote.textContent = row[2];
      item.appendChild(document.createTextNode(": "));
      item.appendChild(quote);
      if (mark.note) {
        var note = document.createElement("p");
        note.className = "my-marks__note";
        note.textContent = "Your note: " + mark.note;
        item.appendChild(note);
      }
      list.appendChild(item);
      shown += 1;
    });
    section.querySelector(".my-marks__empty").hidden = shown > 0;
  }

  // ---- Hand-in: the class map -------------------------------------------------------------------

  function setupMap(section) {
    if (section.dataset.ready || !start(section)) return;
    section.dataset.ready = "1";
    var works = [];
    var spans = {};
    section.querySelectorAll(".class-map__sentence").forEach(function (s) { spans[s.dataset.sentence] = s; });

    function selected() {
      var input = section.querySelector("input[name=class-map-kind]:checked");
      return input ? input.value : "";
    }

    function draw() {
      var kind = selected();
      var total = works.length;
      var counts = Object.create(null), notes = Object.create(null);
      works.forEach(function (w) {
        var marks = validMarks(w.marks) || {};
        Object.keys(marks).forEach(function (id) {
          if (!spans[id] || (kind && marks[id].kind !== kind)) return;
          counts[id] = (counts[id] || 0) + 1;
          if (marks[id].note) (notes[id] = notes[id] || []).push([w.student || "A student without a name", kindOf(marks[id].kind)[1], marks[id].note]);
        });
      });
      var top = null;
      Object.keys(spans).forEach(function (id) {
        var span = spans[id], n = counts[id] || 0;
        var next = span.nextElementSibling;
        if (next && next.classList.contains("class-map__count")) next.remove();
        var extra = span.parentNode.querySelector(".class-map__notes[data-for='" + id + "']");
        if (extra) extra.remove();
        span.dataset.level = total && n ? String(Math.min(4, Math.ceil((4 * n) / total))) : "0";
        if (!n) return;
        if (!top || n > counts[top]) top = id;
        var label = n + " of " + total + " students marked " + where(id) + (kind ? " " + kindOf(kind)[1] : "");
        var count = document.createElement(notes[id] ? "button" : "span");
        count.className = "class-map__count";
        count.textContent = n + " of " + total;
        if (!notes[id]) {
          var hidden = document.createElement("span");
          hidden.className = "md-visually-hidden";
          hidden.textContent = " students marked this sentence" + (kind ? " " + kindOf(kind)[1] : "");
          count.appendChild(hidden);
          span.insertAdjacentElement("afterend", count);
          return;
        }
        count.type = "button";
        count.setAttribute("aria-label", label + ". Show their notes");
        count.setAttribute("aria-expanded", "false");
        span.insertAdjacentElement("afterend", count);
        var list = document.createElement("ul");
        list.className = "class-map__notes";
        list.dataset.for = id;
        list.hidden = true;
        list.id = "class-map-notes-" + id;
        count.setAttribute("aria-controls", list.id);
        notes[id].forEach(function (row) {
          var li = document.createElement("li");
          var who = document.createElement("bdi");
          who.textContent = row[0];
          li.appendChild(who);
          li.appendChild(document.createTextNode(" (" + row[1] + "): " + row[2]));
          list.appendChild(li);
        });
        count.insertAdjacentElement("afterend", list);
        count.addEventListener("click", function () {
          list.hidden = !list.hidden;
          count.setAttribute("aria-expanded", list.hidden ? "false" : "true");
        });
      });
      var summary = section.querySelector(".class-map__summary");
      summary.textContent = !total ? "" :
        top ? "Most marked: " + where(top) + ", by " + counts[top] + " of " + total + " students" + (kind ? " (" + kindOf(kind)[1] + ")." : ".") :
        "No student" + (kind ? " used this mark." : " marked the text.");
      section.hidden = total === 0;
    }

    section.querySelectorAll("input[name=class-map-kind]").forEach(function (input) { input.addEventListener("change", draw); });
    // The class report prints on its own; the map prints on its own too, with every note open.
    section.querySelector(".class-map__print").addEventListener("click", function () {
      section.querySelector("details.class-map__fold").open = true;
      document.body.classList.add("print-class-map");
      window.addEventListener("afterprint", function done() {
        document.body.classList.remove("print-class-map");
        window.removeEventListener("afterprint", done);
      });
      window.print();
    });
    document.addEventListener("guided:hand-in", function (event) {
      works = event.detail && Array.isArray(event.detail.works) ? event.detail.works : [];
      draw();
    });
  }

  // My work draws its answers again after a file is loaded or a load undone: the list follows.
  function follow(section) {
    var body = document.querySelector(".work-body");
    if (!body || !window.MutationObserver) return;
    new MutationObserver(function () {
      section.querySelector(".my-marks__list").textContent = "";
      delete section.dataset.ready;
      setupList(section);
    }).observe(body, { childList: true });
  }

  function init() {
    document.querySelectorAll(".my-marks").forEach(function (section) {
      if (!section.dataset.ready) follow(section);
      setupList(section);
    });
    document.querySelectorAll(".class-map").forEach(setupMap);
  }

  window.GuidedPage.onPage(init);
})();
