import { describe, expect, it } from "vitest";
import { progressBar } from "./progress-bar";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, columns: 60, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progressBar", () => {
  it("redraws one line on a terminal and clears it at the end", () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(stream, 10);
    bar.update(2, 5, "002.txt");
    bar.clear();
    expect(written[0]).toBe("\r████░░░░░░ 2/5 002.txt\u001b[K");
    expect(written[1]).toBe("\r\u001b[K");
  });

  it("writes nothing when the output is not a terminal", () => {
    const { stream, written } = fakeStream(false);
    const bar = progressBar(stream);
    bar.update(1, 1, "a.txt");
    bar.clear();
    expect(written).toEqual([]);
  });
});
