import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });
  it("defuses cells that a spreadsheet would run as formulas: every prefix =, +, -, @, tab and carriage return", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1+cmd")).toBe("'+1+cmd");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(-1)).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    // A carriage return also needs quoting.
    expect(csvCell("\r=cmd")).toBe("\"'\r=cmd\"");
    // Only at the start: these are plain text.
    for (const text of ["a=b", "1+1", "x-y", "me@example.org"]) expect(csvCell(text)).toBe(text);
  });
  it("quotes a cell that starts or ends with a space, and one with a carriage return", () => {
    expect(csvCell(" lead")).toBe('" lead"');
    expect(csvCell("trail ")).toBe('"trail "');
    expect(csvCell("a\rb")).toBe('"a\rb"');
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(toCsv(["a", "b"], [["1", null], [2, "=x"]])).toBe("a,b\r\n1,\r\n2,'=x\r\n");
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
});
