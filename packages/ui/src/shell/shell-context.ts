import { createContext, useContext } from "react";

export interface ShellValue {
  appName: string;
}

export const ShellContext = createContext<ShellValue>({ appName: "" });

export function useShell(): ShellValue {
  return useContext(ShellContext);
}
