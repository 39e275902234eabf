/* Definitions in place: a glossary word is a button that shows its short definition beside it, with a link
   to the full entry; Enter, Space, a tap or a click shows it and the same again hides it. The box stays
   until the reader dismisses it (Esc, the ×, a tap or click outside, or moving focus away), and the
   pointer can move onto it (WCAG 2.2, 1.4.13). Focus alone opens nothing, so Tabbing through a paragraph
   costs one stop per word; the box's own link and × come next in the Tab order only while it is open.
   Without this script the word is a plain link to its glossary entry. */
(function () {
  "use strict";

  var BOX_ID = "gloss-popover";
  var box = null;
  var owner = null;

  function wordOf(term) {
    return term.textContent.replace(/\s+/g, " ").trim();
  }

  function build(term) {
    var pop = document.createElement("span");
    pop.className = "gloss-popover";
    pop.id = BOX_ID;
    pop.setAttribute("role", "group");
    pop.setAttribute("aria-label", "Definition of " + wordOf(term));
    var text = document.createElement("span");
    text.className = "gloss-popover-text";
    text.id = "gloss-popover-text";
    text.textContent = term.dataset.short || "";
    var more = document.createElement("a");
    more.className = "gloss-popover-link";
    more.href = term.getAttribute("href");
    more.textContent = "Full entry in the glossary";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "gloss-popover-close";
    close.setAttribute("aria-label", "Close the definition");
    close.textContent = "\u00d7";
    close.addEventListener("click", function (event) {
      event.stopPropagation();
      hide(true);
    });
    pop.appendChild(text);
    pop.appendChild(document.createTextNode(" "));
    pop.appendChild(more);
    pop.appendChild(close);
    return pop;
  }

  function place() {
    if (!box || !owner) return;
    var para = owner.closest("p") || owner.parentElement;
    var rects = owner.getClientRects();
    var rect = rects.length ? rects[rects.length - 1] : owner.getBoundingClientRect();
    var base = para.getBoundingClientRect();
    box.style.left = "0px";
    box.style.top = (rect.bottom - base.top + 6) + "px";
    var width = box.offsetWidth;
    var left = Math.min(rect.left - base.left, para.clientWidth - width);
    box.style.left = Math.max(0, left) + "px";
  }

  function show(term) {
    if (owner === term) return;
    hide(false);
    owner = term;
    box = build(term);
    term.insertAdjacentElement("afterend", box);
    term.setAttribute("aria-expanded", "true");
    term.setAttribute("aria-describedby", "gloss-popover-text");
    place();
  }

  function hide(returnFocus) {
    if (!box) return;
    var term = owner;
    var hadFocus = box.contains(document.activeElement);
    box.remove();
    box = null;
    owner = null;
    term.setAttribute("aria-expanded", "false");
    term.removeAttribute("aria-describedby");
    if (returnFocus || hadFocus) term.focus({ preventScroll: true });
  }

  function termOf(node) {
    var term = node && node.closest ? node.closest("a.gloss") : null;
    return term && term.closest(".md-content") && !term.closest(".gloss-popover") ? term : null;
  }

  /* Each word becomes a toggle button for the box it controls (the link stays for the glossary page's
     address, used by the box's own link and by a middle click or "open in new tab"). */
  function upgrade() {
    document.querySelectorAll(".md-content a.gloss").forEach(function (term) {
      if (term.getAttribute("role") === "button") return;
      term.setAttribute("role", "button");
      term.setAttribute("aria-expanded", "false");
      term.setAttribute("aria-controls", BOX_ID);
    });
  }

  document.addEventListener("click", function (event) {
    var term = termOf(event.target);
    if (term) {
      event.preventDefault(); // the full entry is one more tap away, in the box
      if (owner === term) hide(false); else show(term);
      return;
    }
    if (box && !box.contains(event.target)) hide(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && box) {
      event.preventDefault();
      hide(true);
      return;
    }
    // A button answers Space as well as Enter (Enter already arrives as a click on the link).
    if (event.key === " " && termOf(event.target)) {
      event.preventDefault();
      event.target.closest("a.gloss").click();
    }
  });

  document.addEventListener("focusout", function (event) {
    if (!box) return;
    var next = event.relatedTarget;
    if (next && (next === owner || box.contains(next))) return;
    if (!next && document.hasFocus()) return; // focus went to the page itself (a click on text): keep it
    hide(false);
  });

  window.addEventListener("resize", place);
  document.addEventListener("glossary:changed", function () { hide(false); upgrade(); });
  // A new page (after an in-site switch, with instant navigation) starts with no box open.
  window.GuidedPage.onPage(function () { box = null; owner = null; upgrade(); });
})();
