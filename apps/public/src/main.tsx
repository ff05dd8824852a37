import "@engagiert/ui/styles.css";
import { mountApp } from "@engagiert/ui/mount";
import { messages } from "./messages.ts";
import { createAppRouter } from "./router.tsx";

mountApp(messages, createAppRouter);
