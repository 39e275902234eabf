// The store's validators, merge and first-try score: `node --test tests/js/`.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadStore, catalog } = require("./load.js");

const KEY = "guided-readings:v1:r:";

function file(overrides) {
  return JSON.stringify(Object.assign({
    format: "guided-readings-work", version: 2, reading: { slug: "r", title: "A Reading", edition: "abc" },
    work_id: "abcdefghijklmnop", saved: "2026-12-01T10:00:00.000Z", test_mode: false, student: "Ana", assignment: null,
    written: [], quizzes: [], word_work: [], predictions: [],
  }, overrides));
}

test("a quiz record: chosen positions, the first check, tries and reveals", () => {
  const { work, plain } = loadStore();
  const good = { q1: { chosen: [1], checked: true, right: false, first: { chosen: [2], right: false }, tries: 2, revealed: true } };
  assert.deepEqual(plain(work.clean("quiz", good)), good);
  // An older record: no first try (unknown), no tries.
  assert.deepEqual(plain(work.clean("quiz", { q1: { chosen: [0], checked: true, right: true } })),
    { q1: { chosen: [0], checked: true, right: true, first: null, tries: 0, revealed: false } });
  for (const bad of [{ chosen: [10] }, { chosen: [-1] }, { chosen: [1.5] }, { chosen: [0, 0] }, { chosen: "0" },
    { chosen: [0], first: { chosen: [] } }, { chosen: [0], first: { chosen: [12] } }, { chosen: [0], first: 3 }]) {
    assert.deepEqual(plain(work.clean("quiz", { q1: bad })), {}, JSON.stringify(bad));
  }
  // Not checked means not right, whatever the value says.
  assert.equal(work.clean("quiz", { q1: { chosen: [0], checked: false, right: true } }).q1.right, false);
});

test("prototype keys are only keys", () => {
  const { work, plain } = loadStore();
  const parsed = JSON.parse('{"__proto__": {"chosen": [0], "checked": true, "right": true}, "constructor": {"chosen": [1]}}');
  const out = work.clean("quiz", parsed);
  assert.equal(Object.getPrototypeOf(out), null);
  assert.deepEqual(Object.keys(out), ["constructor"]); // "__proto__" fails the id pattern; "constructor" is an ordinary key
  assert.equal(({}).polluted, undefined);
  const cat = catalog();
  const w = work.collect(cat);
  assert.equal(w.quizzes.constructor, undefined);
  assert.deepEqual(plain(work.firstTryScore(cat, { quizzes: out })), { right: 0, asked: 0, unknown: 0, rightNow: 0, rightLater: 0, checked: 0, revealed: 0 });
});

test("a written answer: up to LIMIT characters, a draft beside the revision", () => {
  const { work, plain } = loadStore();
  assert.equal(work.LIMIT, 30000);
  const long = "x".repeat(work.LIMIT);
  assert.equal(work.clean("written", { text: long }).text.length, work.LIMIT);
  assert.equal(work.clean("written", { text: long + "y" }), null);
  assert.deepEqual(plain(work.clean("written", { text: "now", draft: "first", drafted: "2026-12-01T10:00:00Z", compared: true })),
    { text: "now", updated: null, compared: true, draft: "first", drafted: "2026-12-01T10:00:00Z" });
  assert.equal(work.clean("written", { text: "now", draft: 5 }), null);
  assert.equal(work.clean("written", { text: "now", draft: long + "y" }), null);
});

test("assignments, names and work ids", () => {
  const { work } = loadStore();
  assert.equal(work.clean("assignment", { parts: ["p1"], due: "x".repeat(121) }), null);
  assert.equal(work.clean("assignment", { parts: ["P1!"] }), null);
  assert.equal(work.clean("assignment", { parts: ["p1"], test: "yes" }).test, false);
  assert.equal(work.clean("name", 5), null);
  assert.equal(work.clean("work-id", "short"), null);
  assert.equal(work.clean("work-id", "abcdefghijklmnop"), "abcdefghijklmnop");
});

test("the work id is made once per device and reading, and kept", () => {
  const { work, storage } = loadStore();
  const one = work.workId("r");
  assert.match(one, /^[a-z2-7]{16}$/);
  assert.equal(work.workId("r"), one);
  assert.equal(JSON.parse(storage.getItem(KEY + "work-id")), one);
  assert.notEqual(work.workId("other"), one);
  assert.notEqual(loadStore().work.workId("r"), one);
});

test("file names fall back safely for any script and carry the time", () => {
  const { work } = loadStore();
  const when = new Date(2026, 11, 7, 9, 5);
  assert.equal(work.fileName("r", "王伟", when, "abcd1234"), "my-work-r-王伟-2026-12-07-0905-abcd.json");
  assert.equal(work.fileName("r", "محمد", when, "abcd"), "my-work-r-محمد-2026-12-07-0905-abcd.json");
  assert.equal(work.fileName("r", "", when, "abcd"), "my-work-r-student-2026-12-07-0905-abcd.json");
  assert.equal(work.fileName("r", "\u202e../../etc", when, "abcd"), "my-work-r-etc-2026-12-07-0905-abcd.json");
  assert.equal(work.fileName("r", "Ana Lima", when, "abcd"), "my-work-r-ana-lima-2026-12-07-0905-abcd.json");
});

test("a version 2 file round-trips, with first tries, drafts and word work", () => {
  const { work, storage, plain } = loadStore();
  const cat = catalog();
  storage.setItem(KEY + "quiz:p1", JSON.stringify({ q1: { chosen: [0], checked: true, right: true, first: { chosen: [1], right: false }, tries: 2, revealed: false } }));
  storage.setItem(KEY + "quiz:p1-words", JSON.stringify({ w1: { chosen: [3], checked: true, right: true, first: { chosen: [3], right: true }, tries: 1 } }));
  storage.setItem(KEY + "written:w", JSON.stringify({ text: "revised", draft: "first draft", drafted: "2026-12-01T10:00:00Z", compared: true }));
  storage.setItem(KEY + "prediction:f1", JSON.stringify({ choice: 1 }));
  const w = work.collect(cat);
  const text = work.toFile(cat, w, new Date("2026-12-07T09:00:00Z"));
  const data = JSON.parse(text);
  assert.equal(data.version, 2);
  assert.equal(data.work_id, w.id);
  assert.equal(data.quizzes[0].questions[0].first_right, false);
  assert.deepEqual(data.quizzes[0].score, { first_try_right: 0, first_try_checked: 1, first_try_unknown: 0, questions: 2, right_after_later_tries: 1 });
  assert.equal(data.word_work[0].questions[0].first_right, true);
  assert.equal(data.written[0].draft, "first draft");
  const back = work.fromFile(cat, text);
  assert.deepEqual(plain(back.work.quizzes), plain(w.quizzes));
  assert.deepEqual(plain(back.work.written), plain(w.written));
  assert.equal(back.work.id, w.id);
  assert.equal(back.work.predictions.f1.choice, 1);
});

test("'right after trying again' counts only questions wrong at first and right at the last check", () => {
  const { work, storage } = loadStore();
  const cat = catalog();
  storage.setItem(KEY + "quiz:p1", JSON.stringify({
    q1: { chosen: [0], checked: true, right: true, first: { chosen: [1], right: false }, tries: 2, revealed: false },
    q2: { chosen: [0], checked: true, right: true, first: { chosen: [0], right: true }, tries: 1, revealed: false },
  }));
  const score = work.firstTryScore(cat, work.collect(cat));
  assert.equal(score.right, 1);
  assert.equal(score.rightNow, 2);
  assert.equal(score.rightLater, 1);  // the quiz page's "right after trying again: 1 more"; not q2, right first
  const data = JSON.parse(work.toFile(cat, work.collect(cat), new Date("2026-12-07T09:00:00Z")));
  assert.equal(data.quizzes[0].score.right_after_later_tries, 1);
});

test("a version 1 file is read, its first tries unknown and never counted right", () => {
  const { work } = loadStore();
  const cat = catalog();
  const result = work.fromFile(cat, file({ version: 1, quizzes: [{ id: "p1", questions: [{ id: "q1", chosen: [0], checked: true, right: true, first_chosen: [0], first_right: true }] }] }));
  const s = result.work.quizzes.p1.q1;
  assert.equal(s.first, null);
  assert.deepEqual({ ...work.firstTryScore(cat, result.work) }, { right: 0, asked: 0, unknown: 1, rightNow: 1, rightLater: 1, checked: 1, revealed: 0 });
});

test("ids in a file are checked against the reading's own", () => {
  const { work } = loadStore();
  const cat = catalog();
  const hostile = file({
    written: [{ id: "constructor", answer: "x" }, { id: "__proto__", answer: "x" }],
    quizzes: [{ id: "constructor", questions: [] }, { id: "__proto__", questions: [] },
      { id: "p1", questions: [{ id: "constructor", chosen: [0] }, { id: "toString", chosen: [0] }, { id: "q1", chosen: [9], checked: true, right: true }] }],
    predictions: [{ id: "constructor", choice: 0 }, { id: "f1", choice: 5 }],
  });
  const result = work.fromFile(cat, hostile);
  assert.ok(result.work, JSON.stringify(result));
  assert.deepEqual(Object.keys(result.work.quizzes), []);
  assert.deepEqual(Object.keys(result.work.written), []);
  assert.deepEqual(Object.keys(result.work.predictions), []);
});

test("a file with an answer over the limit says so", () => {
  const { work } = loadStore();
  const result = work.fromFile(catalog(), file({ written: [{ id: "w", answer: "y".repeat(40000) }] }));
  assert.equal(result.notes.length, 1);
  assert.match(result.notes[0], /40,000 characters long, more than the 30,000 this page keeps/);
  assert.equal(result.work.written.w, undefined);
});

test("another edition is named by its title and date, not its fingerprint", () => {
  const { work } = loadStore();
  const result = work.fromFile(catalog(), file({ reading: { slug: "r", title: "A Reading", edition: "9980ff4103" }, saved: "2026-11-03T10:00:00Z" }));
  assert.match(result.other, /another edition of “A Reading”, saved on 3 November 2026/);
  assert.doesNotMatch(result.other, /9980ff4103/);
  assert.match(work.fromFile(catalog(), file({ version: 3 })).error, /version 3/);
  assert.match(work.fromFile(catalog(), "{").error, /not valid JSON/);
});

test("merging keeps both sides and lists what differs", () => {
  const { work, plain } = loadStore();
  const cat = catalog();
  const here = work.fromFile(cat, file({ student: "Ana", written: [{ id: "w", answer: "mine" }] })).work;
  const there = work.fromFile(cat, file({ student: "Ana Lima", written: [{ id: "w", answer: "theirs" }],
    quizzes: [{ id: "p1", questions: [{ id: "q1", chosen: [1] }] }] })).work;
  const keep = work.merge(cat, here, there, false);
  assert.equal(keep.clashes.length, 2);
  assert.equal(keep.added, 1);
  assert.equal(keep.work.written.w.text, "mine");
  assert.equal(keep.work.student, "Ana");
  assert.deepEqual(plain(keep.work.quizzes.p1.q1.chosen), [1]);
  const replace = work.merge(cat, here, there, true);
  assert.equal(replace.work.written.w.text, "theirs");
  assert.equal(replace.work.student, "Ana Lima");
  // An empty file changes nothing.
  const none = work.merge(cat, here, work.fromFile(cat, file({ student: "" })).work, true);
  assert.equal(none.clashes.length, 0);
  assert.equal(none.work.written.w.text, "mine");
  assert.equal(none.work.student, "Ana");
});

test("restore makes storage exactly the work given (undo)", () => {
  const { work, storage } = loadStore();
  const cat = catalog();
  storage.setItem(KEY + "written:w", JSON.stringify({ text: "before" }));
  const before = work.collect(cat);
  work.restore(cat, work.fromFile(cat, file({ written: [{ id: "w", answer: "after" }], quizzes: [{ id: "p1", questions: [{ id: "q1", chosen: [1] }] }] })).work);
  assert.equal(work.read("r", "written", "w").text, "after");
  work.restore(cat, before);
  assert.equal(work.read("r", "written", "w").text, "before");
  assert.equal(storage.getItem(KEY + "quiz:p1"), null);
});

test("answers to questions a later edition no longer has are kept on the device, never counted or saved", () => {
  const { work, storage, plain } = loadStore();
  const cat = catalog();
  const old = { chosen: [2], checked: true, right: true, first: { chosen: [2], right: true }, tries: 1, revealed: false };
  storage.setItem(KEY + "quiz:p1", JSON.stringify({ "q-rewritten": old, q1: { chosen: [0], checked: false, right: false } }));
  assert.deepEqual(plain(work.retired(cat.quizzes[0], work.read("r", "quiz", "p1"))), { "q-rewritten": old });
  assert.equal(work.retired(cat.quizzes[0], { q1: { chosen: [0], checked: false, right: false } }), null);
  const before = work.collect(cat);
  assert.deepEqual(Object.keys(before.quizzes.p1), ["q1"]);  // the file and the score know only this edition's questions
  // Loading a file, and undoing it, rewrite the quiz's record: the retired answer stays.
  work.restore(cat, work.fromFile(cat, file({ quizzes: [{ id: "p1", questions: [{ id: "q2", chosen: [1] }] }] })).work);
  assert.deepEqual(plain(work.read("r", "quiz", "p1")["q-rewritten"]), old);
  work.restore(cat, before);
  const kept = plain(work.read("r", "quiz", "p1"));
  assert.deepEqual(Object.keys(kept).sort(), ["q-rewritten", "q1"]);
  assert.deepEqual(kept["q-rewritten"], old);
});

test("the student who was right first scores higher", () => {
  const { work } = loadStore();
  const teacher = catalog(true);
  const knew = work.fromFile(teacher, file({ quizzes: [{ id: "p1", questions: [{ id: "q1", chosen: [0], checked: true, right: true, first_chosen: [0], first_right: true, tries: 1 }] }] })).work;
  const guessed = work.fromFile(teacher, file({ quizzes: [{ id: "p1", questions: [{ id: "q1", chosen: [0], checked: true, right: true, first_chosen: [2], first_right: true, tries: 2 }] }] })).work;
  const a = work.firstTryScore(teacher, knew), b = work.firstTryScore(teacher, guessed);
  assert.equal(a.right, 1);
  assert.equal(b.right, 0); // marked again from the first choice: the file's "first_right" is not trusted
  assert.equal(a.rightNow, b.rightNow);
});
