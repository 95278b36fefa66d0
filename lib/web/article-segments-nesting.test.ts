// Edge cases of nesting spans and of a quote's context, drawn as compact trees: [kind:text] for a mark, [kind~:text]
// for the continuation of a span cut at its parent's end.
import { describe, expect, it } from "vitest";
import { contextAround, paragraphAround, segmentArticle, type Annotation, type SegmentNode } from "./article-segments";

function ann(kind: Annotation<null>["kind"], start: number, end: number, key = `${kind}-${start}`): Annotation<null> {
  return { kind, start, end, key, data: null };
}

function draw(nodes: SegmentNode<null>[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : `[${node.annotation.key}${node.first ? "" : "~"}:${draw(node.children)}]`)).join("");
}

const drawn = (body: string, annotations: Annotation<null>[]) => segmentArticle(body, annotations).map((paragraph) => draw(paragraph.nodes));

describe("segmentArticle nesting", () => {
  it("closes a span before the next one opens, however many sit side by side", () => {
    expect(drawn("ab cd ef gh", [ann("quote", 0, 2, "q"), ann("mention", 3, 5, "m"), ann("meeting", 6, 8, "e")])).toEqual(["[q:ab] [m:cd] [e:ef] gh"]);
    expect(drawn("abcdef", [ann("quote", 0, 4, "q"), ann("mention", 1, 2, "m"), ann("mention", 4, 6, "n")])).toEqual(["[q:a[m:b]cd][n:ef]"]);
  });

  it("queues the continuation of a cut span before a later span it holds", () => {
    // The quote crosses the meeting's end at 4; its rest [4, 6) holds the start of the mention at 5.
    expect(drawn("abcdefghij", [ann("meeting", 0, 4, "e"), ann("quote", 2, 6, "q"), ann("mention", 5, 8, "m")])).toEqual(["[e:ab[q:cd]][q~:e[m:f]][m~:gh]ij"]);
  });

  it("orders spans with the same start and end by kind, then by key", () => {
    expect(drawn("abcd", [ann("quote", 0, 4, "b"), ann("quote", 0, 4, "a")])).toEqual(["[a:[b:abcd]]"]);
    expect(drawn("abcd", [ann("quote", 0, 4, "a"), ann("quote", 0, 4, "b")])).toEqual(["[a:[b:abcd]]"]);
    expect(drawn("abcd", [ann("mention", 0, 4, "a"), ann("quote", 0, 4, "b")])).toEqual(["[b:[a:abcd]]"]);
    // A longer span holds a shorter one that starts with it.
    expect(drawn("abcd", [ann("mention", 0, 2, "a"), ann("mention", 0, 4, "b")])).toEqual(["[b:[a:ab]cd]"]);
  });

  it("marks a span that starts in an earlier paragraph as a continuation in the next", () => {
    expect(drawn("ab\ncd", [ann("quote", 1, 4, "q")])).toEqual(["a[q:b]", "[q~:c]d"]);
    // Touching a paragraph's edge is not being in it.
    expect(drawn("ab\ncd", [ann("quote", 0, 2, "q"), ann("mention", 3, 5, "m")])).toEqual(["[q:ab]", "[m:cd]"]);
  });
});

describe("paragraphAround edges", () => {
  it("finds the line of a span that ends at the line's end or starts at its last character", () => {
    expect(paragraphAround("ab\ncd", 0, 2)).toEqual({ text: "ab", start: 0, end: 2 });
    expect(paragraphAround("ab\ncd", 1, 2)).toEqual({ text: "ab", start: 0, end: 2 });
    expect(paragraphAround("ab\ncd", 3, 5)).toEqual({ text: "cd", start: 3, end: 5 });
  });

  it("covers every line a span runs over", () => {
    expect(paragraphAround("ab\ncd\nef", 1, 4)).toEqual({ text: "ab\ncd", start: 0, end: 5 });
  });
});

describe("contextAround edges", () => {
  const body = "one\n\n\ntwo\nthree\nfour";
  const four = body.indexOf("four");

  it("adds at most two earlier paragraphs, skipping any number of blank lines", () => {
    expect(contextAround(body, four, four + 4, 1000)).toEqual({ text: "two\nthree\nfour", start: body.indexOf("two"), end: body.length });
    const two = body.indexOf("two");
    expect(contextAround(body, two, two + 3, 1000)).toEqual({ text: "one\n\n\ntwo", start: 0, end: two + 3 });
  });

  it("stops adding once the context reaches the minimum length", () => {
    // "four" is 4 characters: a minimum of 4 is met by it alone, 5 needs "three", 10 is met by "three\nfour".
    expect(contextAround(body, four, four + 4, 4).text).toBe("four");
    expect(contextAround(body, four, four + 4, 5).text).toBe("three\nfour");
    expect(contextAround(body, four, four + 4, 10).text).toBe("three\nfour");
    expect(contextAround(body, four, four + 4, 11).text).toBe("two\nthree\nfour");
  });

  it("adds nothing before a first paragraph that follows blank lines", () => {
    expect(contextAround("\n\nab", 2, 4, 1000)).toEqual({ text: "ab", start: 2, end: 4 });
  });
});
