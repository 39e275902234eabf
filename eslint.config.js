// ESLint for the site's own browser scripts (docs/assets/*.js and each feature's own, in
// scripts/guided_reading/features/<name>/assets/) and their node tests.
// The scripts are plain ES5 files that run as they are, from file:// too: no build step, no modules.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const js = require("@eslint/js");
const globals = require("globals");

// `make site` copies each feature's files into docs/assets/ (git-ignored there): they are linted in their folder only.
const FEATURES = path.join(__dirname, "scripts", "guided_reading", "features");
const copies = fs.readdirSync(FEATURES, { withFileTypes: true })
  .map((entry) => path.join(FEATURES, entry.name, "assets"))
  .filter((folder) => fs.existsSync(folder))
  .flatMap((folder) => fs.readdirSync(folder, { recursive: true }).map((name) => "docs/assets/" + name.split(path.sep).join("/")));

module.exports = [
  { ignores: ["docs/assets/vendor/**", "docs/assets/material/**", "site/**", "node_modules/**", ".venv/**", ...copies] },
  js.configs.recommended,
  {
    files: ["docs/assets/**/*.js", "scripts/guided_reading/features/*/assets/**/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { ...globals.browser, GuidedWork: "readonly", GuidedPage: "readonly", document$: "readonly" },
    },
    rules: {
      "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
      eqeqeq: ["error", "smart"],
      "no-implicit-globals": "error",
    },
  },
  {
    files: ["tests/js/**/*.js", "eslint.config.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["tests/quality/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
