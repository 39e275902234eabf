/* "Listen": reads the op-ed's paragraphs aloud with the browser's own speech synthesis (no network),
   highlighting the paragraph being read, at the speed the reader picks (0.75×, 1×, 1.25×). Where a
   paragraph's plain version is open, it reads that instead. The control stays hidden where speech
   synthesis is missing; where the browser has it but no voice, the button says so. */
(function () {
  "use strict";

  function setup(box) {
    if (box.dataset.ready || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance !== "function") return;
    box.dataset.ready = "1";
    box.hidden = false;
    var synth = window.speechSynthesis;
    var play = box.querySelector(".listen-play");
    var pause = box.querySelector(".listen-pause");
    var stop = box.querySelector(".listen-stop");
    var status = box.querySelector(".listen-status");
    var speed = box.querySelector(".listen-speed");
    var paragraphs = Array.prototype.slice.call(document.querySelectorAll(".md-content p.oped-para"));
    var index = -1;
    var running = false;

    function plainOf(p) {
      var next = p.nextElementSibling;
      return next && next.matches("details.plain-version[open]") ? next.querySelector(".plain-text") : null;
    }

    function text(p) {
      var plain = plainOf(p);
      var copy = (plain || p).cloneNode(true);
      copy.querySelectorAll(".para-num, .editorial, .gloss-popover").forEach(function (n) { n.remove(); });
      return copy.textContent.replace(/\s+/g, " ").trim();
    }

    function rate() {
      var value = speed ? Number(speed.value) : 1;
      return value === 0.75 || value === 1.25 ? value : 1;
    }

    function noVoices() {
      return typeof synth.getVoices === "function" && synth.getVoices().length === 0;
    }

    function mark(i) {
      paragraphs.forEach(function (p, k) { p.classList.toggle("is-reading", k === i); });
    }

    /* A pressed button that hides itself hands focus to the one that takes its place (Listen -> Pause,
       Pause -> Resume, Stop -> Listen), so keyboard focus never falls back to the page (2.4.3). */
    function controls(state) {
      var focused = document.activeElement;
      play.hidden = state !== "idle" && state !== "paused";
      play.textContent = state === "paused" ? "Resume" : "Listen";
      pause.hidden = state !== "playing";
      stop.hidden = state === "idle";
      if ((focused === play || focused === pause || focused === stop) && focused.hidden) {
        (state === "playing" ? pause : play).focus();
      }
    }

    function speak(i) {
      if (!running || i >= paragraphs.length) { finish("Finished reading."); return; }
      index = i;
      mark(i);
      status.textContent = "Reading paragraph " + paragraphs[i].id.replace("p", "") +
        (plainOf(paragraphs[i]) ? " in plain words." : ".");
      var utterance = new SpeechSynthesisUtterance(text(paragraphs[i]));
      utterance.lang = document.documentElement.lang || "en";
      utterance.rate = rate();
      utterance.onend = function () { speak(index + 1); };
      utterance.onerror = function (event) {
        if (event && (event.error === "interrupted" || event.error === "canceled") && !running) return;
        if (noVoices() || (event && (event.error === "voice-unavailable" || event.error === "synthesis-unavailable"))) {
          unavailable();
          return;
        }
        finish("Reading stopped.");
      };
      synth.speak(utterance);
    }

    function finish(message) {
      running = false;
      synth.cancel();
      mark(-1);
      controls("idle");
      status.textContent = message;
    }

    /* The button stays in the Tab order and keeps focus (aria-disabled, not disabled), saying why it does
       nothing; the status line explains. */
    function unavailable() {
      finish("This browser has no voice installed for reading aloud. Your device's own screen reader can read the page instead.");
      play.textContent = "No voice available";
      play.setAttribute("aria-disabled", "true");
    }

    if (speed) {
      // A new speed applies from the next paragraph; the one being read keeps its pace.
      speed.addEventListener("change", function () {
        status.textContent = "Speed " + speed.options[speed.selectedIndex].text + (running ? " from the next paragraph." : ".");
      });
    }

    play.addEventListener("click", function () {
      if (play.getAttribute("aria-disabled") === "true") return;
      if (synth.paused && running) {
        synth.resume();
        controls("playing");
        return;
      }
      running = true;
      controls("playing");
      speak(0);
    });
    pause.addEventListener("click", function () {
      synth.pause();
      controls("paused");
      status.textContent = "Paused.";
    });
    stop.addEventListener("click", function () { finish("Stopped."); });
    window.addEventListener("pagehide", function () { if (running) finish(""); });
    controls("idle");
  }

  function init() {
    document.querySelectorAll(".listen").forEach(setup);
  }

  window.GuidedPage.onPage(init);
})();
