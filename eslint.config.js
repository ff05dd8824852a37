export { default } from "@engagiert/eslint-config";
