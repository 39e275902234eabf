// ESLint for the site's own browser scripts (docs/assets/*.js) and their node tests.
// The scripts are plain ES5 files that run as they are, from file:// too: no build step, no modules.
"use strict";
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  { ignores: ["docs/assets/vendor/**", "docs/assets/material/**", "site/**", "node_modules/**", ".venv/**"] },
  js.configs.recommended,
  {
    files: ["docs/assets/**/*.js"],
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
