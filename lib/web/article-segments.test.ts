import { describe, expect, it } from "vitest";
import { contextAround, nodeText, paragraphAround, segmentArticle, splitParagraphs, type Annotation, type SegmentNode } from "./article-segments";

const body = 'Gantz met Sullivan.\n\n"What was is not what will be," he said.\nLast line.';
const gantz = body.indexOf("Gantz");
const quoteStart = body.indexOf("What");
const quoteEnd = body.indexOf(',"');

function ann(kind: Annotation<null>["kind"], start: number, end: number, key = `${kind}-${start}`): Annotation<null> {
  return { kind, start, end, key, data: null };
}

/** A compact picture of the tree: [kind:text ...] */
function draw(nodes: SegmentNode<null>[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : `[${node.annotation.kind}${node.first ? "" : "~"}:${draw(node.children)}]`)).join("");
}

describe("splitParagraphs", () => {
  it("keeps non-blank lines with their offsets", () => {
    expect(splitParagraphs(body).map(({ start, end }) => body.slice(start, end))).toEqual(["Gantz met Sullivan.", '"What was is not what will be," he said.', "Last line."]);
    expect(splitParagraphs("\n  \n")).toEqual([]);
  });
});

describe("segmentArticle", () => {
  it("keeps every character of every paragraph, in order", () => {
    const paragraphs = segmentArticle(body, [ann("meeting", 0, 19), ann("mention", gantz, gantz + 5), ann("quote", quoteStart, quoteEnd)]);
    expect(paragraphs.map((p) => nodeText(p.nodes))).toEqual(["Gantz met Sullivan.", '"What was is not what will be," he said.', "Last line."]);
  });
  it("nests a mention inside the evidence sentence that holds it", () => {
    const [first] = segmentArticle(body, [ann("mention", gantz, gantz + 5), ann("meeting", 0, 19)]);
    expect(draw(first?.nodes ?? [])).toBe("[meeting:[mention:Gantz] met Sullivan.]");
  });
  it("puts the evidence outside a quote with the same span", () => {
    const [, second] = segmentArticle(body, [ann("quote", quoteStart, quoteEnd), ann("meeting", quoteStart, quoteEnd)]);
    expect(draw(second?.nodes ?? [])).toBe('"[meeting:[quote:What was is not what will be]]," he said.');
  });
  it("cuts a span that crosses its parent's end and marks the rest as a continuation", () => {
    const text = "abcdefghij";
    const [only] = segmentArticle(text, [ann("meeting", 0, 5), ann("quote", 3, 8)]);
    expect(draw(only?.nodes ?? [])).toBe("[meeting:abc[quote:de]][quote~:fgh]ij");
  });
  it("splits a span that runs over a line break into one piece per paragraph", () => {
    const text = "one two\nthree four";
    const paragraphs = segmentArticle(text, [ann("quote", 4, 13)]);
    expect(paragraphs.map((p) => draw(p.nodes))).toEqual(["one [quote:two]", "[quote~:three] four"]);
  });
  it("nests two annotations of the same kind and span, both kept", () => {
    const [only] = segmentArticle("ab", [ann("meeting", 0, 2, "m-2"), ann("meeting", 0, 2, "m-1")]);
    expect(draw(only?.nodes ?? [])).toBe("[meeting:[meeting:ab]]");
    const outer = only?.nodes[0];
    expect(outer?.type === "mark" && outer.annotation.key).toBe("m-1");
  });
  it("ignores spans outside the body or empty, without throwing", () => {
    const [only] = segmentArticle("abc", [ann("quote", 2, 9), ann("quote", -1, 1), ann("mention", 1, 1), ann("quote", 1.5, 2)]);
    expect(draw(only?.nodes ?? [])).toBe("abc");
  });
  it("handles adjacent spans and a span closing exactly where the next starts", () => {
    const [only] = segmentArticle("aabb", [ann("mention", 0, 2), ann("mention", 2, 4)]);
    expect(draw(only?.nodes ?? [])).toBe("[mention:aa][mention:bb]");
  });
});

describe("paragraphAround", () => {
  it("returns the line that holds the span", () => {
    expect(paragraphAround(body, quoteStart, quoteEnd).text).toBe('"What was is not what will be," he said.');
    expect(paragraphAround(body, 0, 5).text).toBe("Gantz met Sullivan.");
    expect(paragraphAround(body, body.length - 4, body.length).text).toBe("Last line.");
  });
});

describe("contextAround", () => {
  it("adds earlier paragraphs while the context is short, skipping blank lines", () => {
    const context = contextAround(body, quoteStart, quoteEnd, 60);
    expect(context.text).toBe('Gantz met Sullivan.\n\n"What was is not what will be," he said.');
    expect(body.slice(context.start, context.end)).toBe(context.text);
  });
  it("keeps a long paragraph alone and stops at the start of the body", () => {
    expect(contextAround(body, quoteStart, quoteEnd, 10).text).toBe('"What was is not what will be," he said.');
    expect(contextAround(body, 0, 5, 1000).text).toBe("Gantz met Sullivan.");
  });
});
