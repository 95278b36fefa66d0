import { describe, expect, it } from "vitest";
import { printable } from "./printable";

describe("printable", () => {
  it("writes control characters as escapes, so a file name cannot act on the terminal", () => {
    expect(printable("a\u001b[2Kb.txt")).toBe("a\\x1b[2Kb.txt");
    expect(printable("x\u001b]52;c;aGVsbG8=\u0007.txt")).toBe("x\\x1b]52;c;aGVsbG8=\\x07.txt");
    expect(printable("fake\nerror: other.txt")).toBe("fake\\nerror: other.txt");
    expect(printable("right\u202eto-left.txt")).toBe("right\\u202eto-left.txt");
  });
  it("leaves ordinary text alone, tabs and accents included", () => {
    expect(printable("Café owners\tmet.txt")).toBe("Café owners\tmet.txt");
  });
});
