import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Transcendental Math functions are not correctly rounded and differ in the last bits between
// Node, Chromium, Firefox and QuickJS; a core that used them could not replay bit for bit.
const nonDeterministicMath = ["random", "exp", "expm1", "log", "log1p", "log2", "log10", "pow", "sin", "cos", "tan",
  "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "hypot"];

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "test-artifacts/**", "coverage/**", "tools/scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["phaser", "phaser/*"], message: "src/core must not know Phaser." },
          { group: ["node:*", "fs", "path", "os", "crypto", "child_process", "url"], message: "src/core must not use Node APIs." },
          { group: ["**/ui/**", "**/cli/**"], message: "The core never imports from the shell." },
        ],
      }],
      "no-restricted-properties": ["error",
        ...nonDeterministicMath.map((property) => ({ object: "Math", property, message: "Not deterministic across JS engines; use src/core/math.ts." })),
        { object: "Date", property: "now", message: "The core has no clock." },
        { object: "performance", property: "now", message: "The core has no clock." },
      ],
      "no-restricted-globals": ["error",
        { name: "Date", message: "The core has no clock: dates are scenario data." },
        { name: "performance", message: "The core has no clock." },
        { name: "window", message: "The core knows no DOM." },
        { name: "document", message: "The core knows no DOM." },
        { name: "localStorage", message: "The core does no I/O." },
        { name: "process", message: "The core knows no Node." },
        { name: "setTimeout", message: "The core has no timers." },
        { name: "Intl", message: "Formatting belongs to the shell (src/i18n)." },
      ],
      "no-restricted-syntax": ["error",
        { selector: "BinaryExpression[operator='**']", message: "Use the integer helpers in src/core/math.ts." },
      ],
    },
  },
);
