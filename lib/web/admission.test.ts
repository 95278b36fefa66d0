import { describe, expect, it } from "vitest";
import { AdmissionQueue, type Admitted, type Refused } from "./admission";

const admitted = (result: Admitted | Refused): Admitted => {
  if (result.kind !== "admitted") throw new Error(`expected a place, got ${result.kind}`);
  return result;
};

/** Whether a promise has settled after pending callbacks ran. */
async function settled<T>(promise: Promise<T>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("AdmissionQueue", () => {
  it("runs up to its concurrency at once and the rest in arrival order", async () => {
    const queue = new AdmissionQueue(2, 10);
    const first = admitted(await queue.enter());
    const second = admitted(await queue.enter());
    const order: string[] = [];
    const third = queue.enter().then((result) => (order.push("third"), admitted(result)));
    const fourth = queue.enter().then((result) => (order.push("fourth"), admitted(result)));
    expect(await settled(third)).toBe(false);
    expect(queue.stats()).toMatchObject({ running: 2, waiting: 2 });

    second.release();
    (await third).release();
    expect(await settled(fourth)).toBe(true);
    expect(order).toEqual(["third", "fourth"]);
    first.release();
    (await fourth).release();
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, admitted: 4 });
  });

  it("refuses at once when the queue is full, and counts it", async () => {
    const queue = new AdmissionQueue(1, 1);
    const running = admitted(await queue.enter());
    const waiting = queue.enter();
    expect(await queue.enter()).toEqual({ kind: "full" });
    expect(queue.stats()).toMatchObject({ refused: 1, waiting: 1 });
    running.release();
    admitted(await waiting).release();
  });

  it("drops a waiter whose client left, so the next one runs in its place", async () => {
    const queue = new AdmissionQueue(1, 5);
    const running = admitted(await queue.enter());
    const client = new AbortController();
    const leaving = queue.enter(client.signal);
    const staying = queue.enter();
    client.abort();
    expect(await leaving).toEqual({ kind: "gone" });
    expect(queue.stats()).toMatchObject({ waiting: 1, gone: 1 });
    running.release();
    admitted(await staying).release();
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, admitted: 2 });
  });

  it("never lets a repeated release free a second place", async () => {
    const queue = new AdmissionQueue(1, 5);
    const first = admitted(await queue.enter());
    const second = queue.enter();
    const third = queue.enter();
    first.release();
    first.release();
    expect(await settled(second)).toBe(true);
    expect(await settled(third)).toBe(false);
    expect(queue.stats().running).toBe(1);
    admitted(await second).release();
    admitted(await third).release();
  });

  it("does not let a new arrival pass the ones already waiting", async () => {
    const queue = new AdmissionQueue(1, 5);
    const first = admitted(await queue.enter());
    const waiting = queue.enter();
    first.release(); // hands the place to the waiter, not to whoever asks next
    const late = queue.enter();
    expect(await settled(late)).toBe(false);
    admitted(await waiting).release();
    admitted(await late).release();
  });

  it("rejects a concurrency or bound that is not a whole number", () => {
    expect(() => new AdmissionQueue(0, 1)).toThrow(/concurrency/);
    expect(() => new AdmissionQueue(1.5, 1)).toThrow(/concurrency/);
    expect(() => new AdmissionQueue(1, -1)).toThrow(/maxWaiting/);
  });
});

describe("AdmissionQueue's share per client", () => {
  it("refuses a client past its share as too many, while another client still gets a place", async () => {
    const queue = new AdmissionQueue(1, 10, 2);
    const running = admitted(await queue.enter(undefined, "greedy"));
    const waiting = queue.enter(undefined, "greedy");
    expect(await queue.enter(undefined, "greedy")).toEqual({ kind: "too-many" });
    const other = queue.enter(undefined, "reader");
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 2, clients: 2, tooMany: 1 });
    running.release();
    admitted(await waiting).release();
    admitted(await other).release();
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, clients: 0 });
  });

  it("serves the waiting clients in turn, not in arrival order", async () => {
    const queue = new AdmissionQueue(1, 10);
    const running = admitted(await queue.enter(undefined, "greedy"));
    const order: string[] = [];
    const wait = (client: string, label: string) => queue.enter(undefined, client).then((result) => (order.push(label), admitted(result).release()));
    const all = [wait("greedy", "g1"), wait("greedy", "g2"), wait("greedy", "g3"), wait("reader", "r1"), wait("other", "o1")];
    running.release();
    await Promise.all(all);
    expect(order).toEqual(["g1", "r1", "o1", "g2", "g3"]);
  });

  it("gives a place back to its client when a waiter leaves", async () => {
    const queue = new AdmissionQueue(1, 10, 2);
    const running = admitted(await queue.enter(undefined, "a"));
    const leaving = new AbortController();
    const left = queue.enter(leaving.signal, "a");
    leaving.abort();
    expect(await left).toEqual({ kind: "gone" });
    const next = queue.enter(undefined, "a");
    running.release();
    admitted(await next).release();
    expect(queue.stats()).toMatchObject({ clients: 0, gone: 1 });
  });
  it("lets one client render at most half the places while another waits, and all of them when none does", async () => {
    const queue = new AdmissionQueue(4, 20);
    const slow = await Promise.all(Array.from({ length: 4 }, () => queue.enter(undefined, "slow").then(admitted)));
    expect(queue.stats().running).toBe(4);
    const order: string[] = [];
    const wait = (client: string) => queue.enter(undefined, client).then((result) => (order.push(client), admitted(result)));
    const moreSlow = [wait("slow"), wait("slow")];
    const reader = wait("reader");
    // Two of the slow client's renders end: the reader gets a place although the slow client asked first.
    slow[0]?.release();
    slow[1]?.release();
    const [firstAdmitted] = await Promise.race([reader.then(() => ["reader"]), ...moreSlow.map((waiting) => waiting.then(() => ["slow"]))]);
    expect(firstAdmitted).toBe("reader");
    expect(order).toEqual(["reader", "slow"]);
    for (const place of [slow[2], slow[3], await reader]) place?.release();
    for (const place of await Promise.all(moreSlow)) place.release();
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it("gives background work a free place at once or none, never a waiting place", async () => {
    const queue = new AdmissionQueue(2, 1);
    const reader = admitted(await queue.enter(undefined, "reader"));
    const background = queue.enterIfIdle("warm");
    expect(background?.kind).toBe("admitted");
    expect(queue.enterIfIdle("warm"), "both places taken").toBeNull();
    const waiting = queue.enter(undefined, "reader");
    background?.release();
    admitted(await waiting).release();
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 0, refused: 0 });

    const held = admitted(await queue.enter(undefined, "other"));
    const next = queue.enter(undefined, "reader");
    expect(queue.enterIfIdle("warm"), "both places taken and a reader waiting").toBeNull();
    expect(queue.stats()).toMatchObject({ waiting: 1, refused: 0 });
    reader.release();
    held.release();
    admitted(await next).release();
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, admitted: 5 });
  });
});
