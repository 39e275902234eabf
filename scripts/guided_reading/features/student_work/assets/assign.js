/* Make an assignment: the teacher's ticks become a relative link, assignment.html#parts=…&questions=…,
   that carries the choice in its address. No server and no account. */
(function () {
  "use strict";
  var form = document.querySelector("form.assign-form");
  if (!form) return;
  var picks = form.querySelectorAll(".assign-pick"), due = form.querySelector("#assign-due");
  var result = form.querySelector(".assign-result"), out = form.querySelector(".assign-link");
  var openLink = form.querySelector(".assign-open"), status = form.querySelector(".assign-status");
  // Test mode: the assigned questions are answered first and checked together when the student submits;
  // plain versions and "Explain more words" stay closed on the assigned parts until then.
  var testLine = document.createElement("p"), test = document.createElement("input"), testLabel = document.createElement("label");
  testLine.className = "assign-test";
  test.type = "checkbox";
  test.id = "assign-test";
  testLabel.htmlFor = "assign-test";
  testLabel.textContent = " Test mode: no feedback, plain versions or extra word help on the assigned parts until the student submits";
  testLine.appendChild(test);
  testLine.appendChild(testLabel);
  due.parentNode.parentNode.insertBefore(testLine, due.parentNode.nextSibling);

  var offline = window.location.protocol === "file:";
  if (offline) {
    form.querySelector(".assign-offline").hidden = false;
    form.querySelector(".assign-link-label").textContent = "Assignment code for your students";
    form.querySelector(".assign-copy").textContent = "Copy the code";
  }

  function chosen(kind) {
    return Array.prototype.filter.call(picks, function (p) { return p.dataset.kind === kind && p.checked; })
      .map(function (p) { return p.value; });
  }

  function update() {
    var fields = [["parts", chosen("parts")], ["questions", chosen("questions")], ["prompts", chosen("prompts")]];
    var hash = fields.filter(function (f) { return f[1].length; }).map(function (f) { return f[0] + "=" + f[1].join(","); });
    if (hash.length && test.checked) hash.push("test=1");
    if (due.value.trim()) hash.push("due=" + encodeURIComponent(due.value.trim()));
    result.hidden = hash.length === 0;
    var relative = "assignment.html#" + hash.join("&");
    openLink.setAttribute("href", relative);
    // From disk, a full address names this computer's folders: the code (the part after "#") travels instead.
    out.value = offline ? "#" + hash.join("&") : new URL(relative, window.location.href).href;
    status.textContent = "";
  }

  form.querySelector(".work-needs-script").hidden = true;
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.dataset && box.dataset.kind === "parts") {
      form.querySelectorAll('.assign-pick[data-part="' + box.value + '"]').forEach(function (p) { p.checked = box.checked; });
    }
    update();
  });
  due.addEventListener("input", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.querySelector(".assign-copy").addEventListener("click", function () {
    out.select();
    var done = function () { status.textContent = "Copied. Paste it where your students will find it."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(out.value).then(done, function () { status.textContent = "Select the link and copy it (Ctrl+C or ⌘C)."; });
    } else {
      try { document.execCommand("copy"); done(); } catch (e) { status.textContent = "Select the link and copy it (Ctrl+C or ⌘C)."; }
    }
  });
  update();
})();
