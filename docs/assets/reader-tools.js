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
    var target = decodeURIComponent(window.location.hash.slice(1));
    document.querySelectorAll(".md-content details.figure").forEach(function (d) {
      if (d.id !== target) d.open = false;
    });
  }

  function setup(bar) {
    if (bar.dataset.ready) return;
    bar.dataset.ready = "1";
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
