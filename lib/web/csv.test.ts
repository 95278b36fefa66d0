import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes every cell, doubling quotation marks", () => {
    expect(csvCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });
  it("keeps a separator a spreadsheet might guess inside the cell, so no formula starts after it", () => {
    expect(csvCell("costs rose;=2+2")).toBe('"costs rose;=2+2"');
    expect(csvCell("a\t=2+2")).toBe('"a\t=2+2"');
  });
  it("defuses cells that a spreadsheet would run as formulas: every prefix =, +, -, @, tab and carriage return", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell("+1+cmd")).toBe(`"'+1+cmd"`);
    expect(csvCell("-1")).toBe(`"'-1"`);
    expect(csvCell(-1)).toBe(`"'-1"`);
    expect(csvCell("@cmd")).toBe(`"'@cmd"`);
    expect(csvCell("\t=cmd")).toBe(`"'\t=cmd"`);
    expect(csvCell("\r=cmd")).toBe(`"'\r=cmd"`);
    // Only at the start: these are plain text.
    for (const text of ["a=b", "1+1", "x-y", "me@example.org"]) expect(csvCell(text)).toBe(`"${text}"`);
  });
  it("keeps leading and trailing spaces and carriage returns inside the quotes", () => {
    expect(csvCell(" lead")).toBe('" lead"');
    expect(csvCell("trail ")).toBe('"trail "');
    expect(csvCell("a\rb")).toBe('"a\rb"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell("")).toBe('""');
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n"1","x,y"\r\n');
    expect(toCsv(["a", "b"], [["1", null], [2, "=x"]])).toBe(`a,b\r\n"1",""\r\n"2","'=x"\r\n`);
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
});
