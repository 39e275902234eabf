/* Reading comfort: text size (three steps), line spacing and a legible font (Atkinson Hyperlegible, bundled
   with the site), chosen in the reading-help bar and remembered on this device under one versioned key.
   Each setting is validated on its own: a stored value that is not understood resets only that setting.
   Loaded on every page, so that a choice made on one page holds on all of them. */
(function () {
  "use strict";

  var KEY = "guided-readings:comfort:v1";
  var SETTINGS = {
    size: { label: "Text size", attr: "textSize", values: [["standard", "Standard"], ["larger", "Larger"], ["largest", "Largest"]] },
    spacing: { label: "Line spacing", attr: "lineSpacing", values: [["standard", "Standard"], ["wider", "Wider"]] },
    font: { label: "Font", attr: "font", values: [["site", "The site's font"], ["legible", "Atkinson Hyperlegible"]] }
  };
  var NAMES = ["size", "spacing", "font"];

  function allowed(name, value) {
    return SETTINGS[name].values.some(function (pair) { return pair[0] === value; });
  }

  function load() {
    var stored = null;
    try {
      var raw = window.localStorage.getItem(KEY);
      stored = raw && raw.length < 1000 ? JSON.parse(raw) : null;
    } catch (e) { stored = null; }
    var prefs = {};
    NAMES.forEach(function (name) {
      var value = stored && typeof stored === "object" && !Array.isArray(stored) && Object.prototype.hasOwnProperty.call(stored, name) ? stored[name] : null;
      prefs[name] = allowed(name, value) ? value : SETTINGS[name].values[0][0];
    });
    return prefs;
  }

  function save(prefs) {
    try { window.localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* blocked or full: the choice lasts this page */ }
  }

  function apply(prefs) {
    var root = document.documentElement;
    NAMES.forEach(function (name) {
      var first = SETTINGS[name].values[0][0];
      if (prefs[name] === first) delete root.dataset[SETTINGS[name].attr];
      else root.dataset[SETTINGS[name].attr] = prefs[name];
    });
  }

  function panel(button, prefs) {
    var box = document.createElement("div");
    box.className = "comfort-panel";
    box.id = "comfort-panel";
    box.hidden = true;
    NAMES.forEach(function (name) {
      var setting = SETTINGS[name];
      var set = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = setting.label;
      set.appendChild(legend);
      setting.values.forEach(function (pair) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "comfort-" + name;
        input.value = pair[0];
        input.checked = prefs[name] === pair[0];
        input.addEventListener("change", function () {
          var now = load();
          now[name] = pair[0];
          apply(now);
          save(now);
        });
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + pair[1]));
        set.appendChild(label);
      });
      box.appendChild(set);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        toggle(button, box, false);
        button.focus();
      }
    });
    return box;
  }

  function toggle(button, box, open) {
    box.hidden = !open;
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function setup(button) {
    if (button.dataset.ready) return;
    button.dataset.ready = "1";
    var bar = button.closest(".reader-options");
    var box = panel(button, load());
    (bar || button.parentNode).insertAdjacentElement("afterend", box);
    button.setAttribute("aria-controls", box.id);
    button.hidden = false;
    if (bar) bar.hidden = false;
    button.addEventListener("click", function () {
      toggle(button, box, box.hidden);
    });
  }

  apply(load());
  function init() {
    apply(load());
    document.querySelectorAll(".reader-comfort").forEach(setup);
  }
  if (window.GuidedPage) window.GuidedPage.onPage(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
