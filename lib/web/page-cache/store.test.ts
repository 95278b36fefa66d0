import { describe, expect, it } from "vitest";
import { PageStore, type StoredAnswer } from "./store";

const answer = (bytes: number): StoredAnswer => ({ status: 200, headers: {}, body: Buffer.alloc(bytes), gzip: null, etag: "x" });

describe("PageStore", () => {
  it("keeps answers for one version; a new version empties it", () => {
    const store = new PageStore(10_000, 5_000);
    store.put("1@1", "/a", answer(100));
    expect(store.get("1@1", "/a")?.body.length).toBe(100);
    expect(store.get("2@5", "/a")).toBeUndefined();
    expect(store.get("1@1", "/a")).toBeUndefined();
    expect(store.bytes).toBe(0);
  });

  it("stays within its budget, the least recently used going first, and refuses an answer over the bound", () => {
    const store = new PageStore(3_000, 2_000);
    store.put("v", "/a", answer(900));
    store.put("v", "/b", answer(900));
    store.get("v", "/a");
    store.put("v", "/c", answer(900));
    expect(store.get("v", "/b")).toBeUndefined();
    expect(store.get("v", "/a")).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(3_000);
    expect(store.put("v", "/big", answer(2_500))).toBe(false);
  });
});
