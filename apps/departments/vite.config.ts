import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API = "http://localhost:3000";
const proxy = { "/trpc": API, "/api": API };

export default defineConfig({
  plugins: [react()],
  // The app and the shared UI must use one copy of each, or hooks and contexts break.
  resolve: { dedupe: ["react", "react-dom", "@tanstack/react-query", "@tanstack/react-router"] },
  server: { port: 5174, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  build: { target: "es2022" },
});
