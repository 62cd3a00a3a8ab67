import type { KeyValueStore } from "../../../src/app/storage/browserStorage.ts";

/** An in-memory Web Storage whose writes can be made to fail the way browsers fail them. */
export class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  failWrites: "quota" | "security" | null = null;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites === "quota")
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    if (this.failWrites === "security") throw new DOMException("Access is denied.", "SecurityError");
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
