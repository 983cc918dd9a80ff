// The prefix tier: every key, its space-free form and each of its later words, sorted once, so the
// keys starting with what was typed are one binary search away ("hug" -> "hugging face", "face" ->
// "hugging face" as a later word, "lechat" -> "le chat").

/**
 * Called for each indexed string starting with the query: the form (one name or alias of one
 * entity), the length of that string, and whether it is a later word of the key.
 */
export type PrefixVisitor = (form: number, keyLength: number, laterWord: boolean) => void;

export class PrefixTable {
  private readonly keys: string[];
  private readonly forms: Int32Array;
  private readonly laterWord: Uint8Array;

  /** `keys[form]` is a normalised key with single spaces (an empty key is left out). */
  constructor(keys: readonly string[]) {
    const rows: { key: string; form: number; later: boolean }[] = [];
    keys.forEach((key, form) => {
      if (key === "") return;
      rows.push({ key, form, later: false });
      const joined = key.replaceAll(" ", "");
      if (joined !== key) rows.push({ key: joined, form, later: false });
      for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1)) {
        rows.push({ key: key.slice(at + 1), form, later: true });
      }
    });
    rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.keys = rows.map((r) => r.key);
    this.forms = Int32Array.from(rows, (r) => r.form);
    this.laterWord = Uint8Array.from(rows, (r) => (r.later ? 1 : 0));
  }

  get size(): number {
    return this.keys.length;
  }

  /** Calls `visit` for every indexed string that starts with `prefix` (and is longer than it). */
  forEachStartingWith(prefix: string, visit: PrefixVisitor): void {
    if (prefix === "") return;
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.keys[mid] ?? "") < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.keys.length; i++) {
      const key = this.keys[i] ?? "";
      if (!key.startsWith(prefix)) break;
      if (key.length === prefix.length && this.laterWord[i] === 0) continue; // an exact match, not a prefix
      visit(this.forms[i] ?? 0, key.length, this.laterWord[i] === 1);
    }
  }
}
