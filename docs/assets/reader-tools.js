/* Reading help: "Plain words for every paragraph" opens every plain version on the page, and "Explain more
   words" links the glossary words left out of the page's gloss budget. Both choices are remembered on this
   device under one versioned key; a stored value that is not understood resets only that choice.
   On a phone, key-figure callouts fold to their one-line summary. Without this script every "In plain words"
   still opens on its own, callouts stay open, and every word is on the glossary page. */
(function () {
  "use strict";

  var KEY = "guided-readings:reader-options:v1";
  var CHOICES = { plain: [true, false], more: [true, false] };
  var PHONE = "(max-width: 599.98px)";

  function load() {
    var stored = {};
    try {
      var raw = window.localStorage.getItem(KEY);
      var parsed = raw ? JSON.parse(raw) : {};
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) stored = parsed;
    } catch (e) { /* blocked storage or a broken value: start from the defaults */ }
    var prefs = {};
    Object.keys(CHOICES).forEach(function (name) {
      // Each choice is checked on its own: a bad value resets that choice, never the others.
      prefs[name] = CHOICES[name].indexOf(stored[name]) !== -1 ? stored[name] : false;
    });
    return prefs;
  }

  function save(prefs) {
    try { window.localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* blocked or full */ }
  }

  function setPlain(on) {
    document.querySelectorAll(".md-content details.plain-version").forEach(function (d) { d.open = on; });
  }

  function setMore(on) {
    if (on) {
      document.querySelectorAll(".md-content span.gloss-extra").forEach(function (span) {
        var link = document.createElement("a");
        link.className = "gloss gloss--extra";
        link.href = span.dataset.href;
        link.dataset.short = span.dataset.short;
        while (span.firstChild) link.appendChild(span.firstChild);
        span.replaceWith(link);
      });
    } else {
      document.querySelectorAll(".md-content a.gloss--extra").forEach(function (link) {
        var span = document.createElement("span");
        span.className = "gloss-extra";
        span.dataset.href = link.getAttribute("href");
        span.dataset.short = link.dataset.short;
        while (link.firstChild) span.appendChild(link.firstChild);
        link.replaceWith(span);
      });
    }
    document.dispatchEvent(new CustomEvent("glossary:changed"));
  }

  function foldFigures() {
    if (!window.matchMedia || !window.matchMedia(PHONE).matches) return;
    var target = window.location.hash.slice(1);
    try { target = decodeURIComponent(target); } catch (e) { /* a broken address (e.g. "%E0%A4%A"): no target */ }
    document.querySelectorAll(".md-content details.figure").forEach(function (d) {
      if (d.id !== target) d.open = false;
    });
  }

  // Test mode (an assignment link with test=1, not yet submitted) on one of the assigned parts: plain versions
  // and "Explain more words" stay closed. A part page is named by its quiz forms ("<reading>/<part>"); a page
  // without them that holds every part's paragraphs (the full text) stays closed while any test is open.
  function testLocked(bar) {
    var work = window.GuidedWork, forms = document.querySelectorAll(".md-content form.quiz[data-quiz]");
    if (!work || typeof work.testMode !== "function") return false;
    if (!forms.length) return !!(bar.dataset.reading && work.testMode(bar.dataset.reading));
    var a = work.testMode(forms[0].dataset.quiz.split("/")[0]);
    return !!a && Array.prototype.some.call(forms, function (f) { return a.parts.indexOf(f.dataset.quiz.split("/")[1]) !== -1; });
  }

  function setup(bar) {
    if (bar.dataset.ready) return;
    bar.dataset.ready = "1";
    if (testLocked(bar)) {
      document.querySelectorAll(".md-content details.plain-version").forEach(function (d) { d.open = false; d.hidden = true; d.style.display = "none"; });
      bar.querySelectorAll("button").forEach(function (b) { b.hidden = true; });
      var note = document.createElement("p");
      note.className = "reader-test-note";
      note.textContent = "Test mode: plain versions and extra word help open once you have submitted your assignment.";
      bar.appendChild(note);
      bar.hidden = false;
      return;
    }
    var prefs = load();
    var plain = bar.querySelector(".reader-plain");
    var more = bar.querySelector(".reader-more");
    var hasPlain = plain && document.querySelector(".md-content details.plain-version");
    var hasMore = more && document.querySelector(".md-content .gloss-extra, .md-content a.gloss--extra");

    function show(button, on) { button.setAttribute("aria-pressed", on ? "true" : "false"); }

    if (hasPlain) {
      plain.hidden = false;
      show(plain, prefs.plain);
      if (prefs.plain) setPlain(true);
      plain.addEventListener("click", function () {
        prefs = load();
        prefs.plain = plain.getAttribute("aria-pressed") !== "true";
        show(plain, prefs.plain);
        setPlain(prefs.plain);
        save(prefs);
      });
    }
    if (hasMore) {
      more.hidden = false;
      show(more, prefs.more);
      if (prefs.more) setMore(true);
      more.addEventListener("click", function () {
        prefs = load();
        prefs.more = more.getAttribute("aria-pressed") !== "true";
        show(more, prefs.more);
        setMore(prefs.more);
        save(prefs);
      });
    }
    // Other features' switches (marks, comfort) show themselves: the bar stays while any switch is shown.
    bar.hidden = !(hasPlain || hasMore) && !bar.querySelector("button:not([hidden])");
  }

  function init() {
    document.querySelectorAll(".reader-options").forEach(setup);
    foldFigures();
  }

  window.GuidedPage.onPage(init);
})();
