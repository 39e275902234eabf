/* Material 9.8's search dialog has no accessible name (axe aria-dialog-name). Naming it here
   rather than in a copy of partials/search.html leaves the search of other engines building
   from overrides/ (Zensical, whose dialog is named already) untouched. */
document.querySelectorAll('.md-search[role="dialog"]:not([aria-label]):not([aria-labelledby])').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Search");
});

/* Material wraps each table in a box that scrolls sideways when the table is wider than the
   screen. Such a box must take keyboard focus, or a keyboard user cannot scroll it (WCAG 2.1.1,
   axe scrollable-region-focusable); as a region it needs a name of its own (axe landmark-unique).
   document$ is Material's page-load stream, when there is one. */
(function () {
  function markScrollingTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box, index) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Table " + (index + 1) + ", scrolls sideways");
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(markScrollingTables);
  } else {
    markScrollingTables();
  }
  window.addEventListener("resize", markScrollingTables);
})();

/* Below 1220 px the navigation is a drawer and below 960 px search is a box that opens over the page.
   Material opens both with a <label> that the keyboard cannot reach; the closed drawer and search box
   are out of the Tab order (theme-fixes.css), so the labels become buttons here. The drawer takes focus
   when it opens, Esc closes it and returns focus to its button, and so does Tabbing out of it: nothing
   behind its overlay takes focus while it is open. */
(function () {
  function asButton(label, name) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle || label.dataset.keyboard) return null;
    label.dataset.keyboard = "1";
    label.setAttribute("role", "button");
    label.tabIndex = 0;
    if (!label.getAttribute("aria-label")) label.setAttribute("aria-label", name);
    function sync() { label.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); }
    sync();
    toggle.addEventListener("change", sync);
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
    return toggle;
  }

  function setUp() {
    var menu = document.querySelector('.md-header label.md-header__button[for="__drawer"]');
    var drawer = document.querySelector(".md-sidebar--primary");
    var toggle = menu && drawer ? asButton(menu, "Navigation") : null;
    if (toggle) {
      if (!drawer.id) drawer.id = "site-navigation";
      menu.setAttribute("aria-controls", drawer.id);
      var close = function (returnFocus) {
        if (!toggle.checked) return;
        toggle.click();
        if (returnFocus) menu.focus();
      };
      toggle.addEventListener("change", function () {
        if (!toggle.checked || document.activeElement !== menu) return;
        var shown = Array.prototype.filter.call(drawer.querySelectorAll("a[href], [tabindex]"), function (node) {
          return node.getClientRects().length > 0 && getComputedStyle(node).visibility !== "hidden";
        });
        if (shown.length) shown[0].focus();
      });
      drawer.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && toggle.checked) {
          event.preventDefault();
          close(true);
        }
      });
      drawer.addEventListener("focusout", function (event) {
        var next = event.relatedTarget;
        if (toggle.checked && next && !drawer.contains(next) && next !== menu) close(false);
      });
    }
    var search = document.querySelector('.md-header label.md-header__button[for="__search"]');
    if (search) {
      var searchToggle = asButton(search, "Search");
      var dialog = document.querySelector(".md-search");
      if (searchToggle && dialog) {
        if (!dialog.id) dialog.id = "site-search";
        search.setAttribute("aria-controls", dialog.id);
      }
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else {
    setUp();
  }
})();
