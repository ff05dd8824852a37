import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCity, chosenCity, requestCity, setChosenCity } from "./city-choice.ts";

/** A browser's storage for one test. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

describe("the city a request names", () => {
  beforeEach(() => {
    vi.stubGlobal("localStorage", memoryStorage());
    vi.stubEnv("VITE_CITY", "");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it("is none until a city is chosen, so the API serves its default city", () => {
    expect(chosenCity()).toBeNull();
    expect(requestCity()).toBeNull();
  });

  it("is the chosen city, remembered until it is forgotten", () => {
    setChosenCity("rheinfelden-baden");
    expect(chosenCity()).toBe("rheinfelden-baden");
    expect(requestCity()).toBe("rheinfelden-baden");
    setChosenCity(null);
    expect(requestCity()).toBeNull();
  });

  it("takes no value that is not a city's short name", () => {
    setChosenCity("Göppingen; drop");
    expect(chosenCity()).toBeNull();
    localStorage.setItem("engagiert.city", "x");
    expect(chosenCity()).toBeNull();
  });

  it("is the build's city whatever was chosen, in an app built for one city", () => {
    vi.stubEnv("VITE_CITY", "goeppingen");
    setChosenCity("rheinfelden-baden");
    expect(buildCity()).toBe("goeppingen");
    expect(requestCity()).toBe("goeppingen");
  });

  it("falls back to the API's default city when storage is blocked", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    });
    expect(() => setChosenCity("goeppingen")).not.toThrow();
    expect(requestCity()).toBeNull();
  });
});
