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
   are out of the Tab order (theme-fixes.css), so each label becomes a real button here, which checks
   the same toggle. The drawer takes focus when it opens, Esc closes it and returns focus to its button,
   and so does Tabbing out of it: nothing behind its overlay takes focus while it is open. */
(function () {
  function asButton(label, name) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle) return null;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.dataset.toggle = label.htmlFor;
    button.setAttribute("aria-label", name);
    while (label.firstChild) button.appendChild(label.firstChild);
    label.replaceWith(button);
    function sync() { button.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); }
    sync();
    toggle.addEventListener("change", sync);
    button.addEventListener("click", function () { toggle.click(); });
    return { button: button, toggle: toggle };
  }

  function setUp() {
    var label = document.querySelector('.md-header label.md-header__button[for="__drawer"]');
    var drawer = document.querySelector(".md-sidebar--primary");
    var made = label && drawer ? asButton(label, "Navigation") : null;
    if (made) {
      var menu = made.button, toggle = made.toggle;
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
    var searchLabel = document.querySelector('.md-header label.md-header__button[for="__search"]');
    var dialog = document.querySelector(".md-search");
    var search = searchLabel ? asButton(searchLabel, "Search") : null;
    if (search && dialog) {
      if (!dialog.id) dialog.id = "site-search";
      search.button.setAttribute("aria-controls", dialog.id);
      // The box opens over the page: focus goes into its field, and back to the button when it closes.
      search.toggle.addEventListener("change", function () {
        var active = document.activeElement;
        var field = dialog.querySelector(".md-search__input");
        if (search.toggle.checked && active === search.button && field) {
          field.focus();
        } else if (!search.toggle.checked && search.button.getClientRects().length &&
                   (!active || active === document.body || dialog.contains(active))) {
          search.button.focus();
        }
      });
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else {
    setUp();
  }
})();

/* Focus never falls to the page (WCAG 2.4.3). A control that hides, disables or removes itself when
   pressed (a "Clear" that empties the list it belongs to, say) would leave keyboard focus on <body>, and
   the next Tab would start again from the top of the page. When that happens, focus moves to the nearest
   control still shown after the pressed one's place, or before it. Components that know which control
   takes the pressed one's place (Listen: Pause, Resume, Listen) move focus themselves first. */
(function () {
  var FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

  function usable(node) {
    return node.isConnected && !node.disabled && node.tabIndex >= 0 && node.getClientRects().length > 0 &&
      getComputedStyle(node).visibility !== "hidden" && !node.closest("[inert]");
  }

  function rescue(control, ancestors) {
    // Chrome moves focus off a control hidden under it only at its next rendering update: until then
    // the hidden control itself is still document.activeElement.
    var active = document.activeElement;
    if ((active && active !== document.body && active !== control) || usable(control)) return;
    var scope = null;
    for (var i = 0; i < ancestors.length && !scope; i++) {
      if (ancestors[i].isConnected) scope = ancestors[i];
    }
    for (; scope && scope !== document.documentElement; scope = scope.parentElement) {
      var candidates = Array.prototype.filter.call(scope.querySelectorAll(FOCUSABLE), usable);
      if (!candidates.length) continue;
      if (!control.isConnected) {
        candidates[0].focus();
        return;
      }
      var after = candidates.filter(function (node) {
        return control.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      (after[0] || candidates[candidates.length - 1]).focus();
      return;
    }
  }

  document.addEventListener("click", function (event) {
    var control = event.target && event.target.closest ? event.target.closest(FOCUSABLE) : null;
    // "Back to top" takes the reader to the top and hides itself there: focus goes to the page's title,
    // so the next Tab starts from the top too.
    if (control && control.matches(".md-top")) {
      var title = document.querySelector(".md-content h1");
      if (title) {
        if (!title.hasAttribute("tabindex")) title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
      return;
    }
    if (!control || !control.closest(".md-content")) return;
    var ancestors = [];
    for (var node = control.parentElement; node && node !== document.body; node = node.parentElement) ancestors.push(node);
    setTimeout(function () { rescue(control, ancestors); }, 0);
  }, true);
})();
