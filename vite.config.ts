import { defineConfig } from "vite";

// Phaser ships prebuilt and cannot be tree-shaken: keep it in its own chunk so the
// game code can change without invalidating the (large, cacheable) engine file.
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          return id.includes("node_modules/phaser") ? "phaser" : undefined;
        },
      },
    },
  },
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
});
