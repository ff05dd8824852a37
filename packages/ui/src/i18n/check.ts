const PLACEHOLDER = /\{(\w+)\}/g;

function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].sort();
}

/** What is wrong between two languages of one catalogue: keys only one side has, empty
 * messages, and placeholders that differ (a translation that drops `{name}` loses data). */
export function compareCatalogues(
  de: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(de)) if (!(key in en)) problems.push(`en lacks ${key}`);
  for (const key of Object.keys(en)) if (!(key in de)) problems.push(`de lacks ${key}`);
  for (const [key, message] of Object.entries(de)) {
    const other = en[key];
    if (other === undefined) continue;
    if (!message.trim() || !other.trim()) problems.push(`${key} is empty`);
    if (placeholdersOf(message).join() !== placeholdersOf(other).join()) {
      problems.push(`${key} has different placeholders`);
    }
    if (message.includes("|") !== other.includes("|")) problems.push(`${key} differs in plural`);
  }
  return problems;
}
