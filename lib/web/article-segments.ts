// Turns an article body and its annotated spans into paragraphs of properly nested marks, from offsets alone.

export type AnnotationKind = "meeting" | "quote" | "mention";

/** A span of the body [start, end) with what it marks; `data` is carried through untouched. */
export type Annotation<T> = { kind: AnnotationKind; start: number; end: number; key: string; data: T };

export type SegmentNode<T> =
  | { type: "text"; text: string }
  /** `first` is true for the piece where the annotation starts: only that piece carries its anchor id. */
  | { type: "mark"; annotation: Annotation<T>; first: boolean; children: SegmentNode<T>[] };

export type Paragraph<T> = { start: number; end: number; nodes: SegmentNode<T>[] };

// Outer before inner when two spans start and end together: an evidence sentence holds its quotes, a quote its names.
const RANK: Record<AnnotationKind, number> = { meeting: 0, quote: 1, mention: 2 };

type Piece<T> = { annotation: Annotation<T>; start: number; end: number; first: boolean };

function comparePieces<T>(a: Piece<T>, b: Piece<T>): number {
  return a.start - b.start || b.end - a.end || RANK[a.annotation.kind] - RANK[b.annotation.kind] || (a.annotation.key < b.annotation.key ? -1 : a.annotation.key > b.annotation.key ? 1 : 0);
}

/** Non-blank lines of the body, with their offsets. */
export function splitParagraphs(body: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    if (match[0].trim() !== "") paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

function insertSorted<T>(queue: Piece<T>[], piece: Piece<T>): void {
  let index = queue.findIndex((other) => comparePieces(piece, other) < 0);
  if (index === -1) index = queue.length;
  queue.splice(index, 0, piece);
}

function nestParagraph<T>(body: string, start: number, end: number, pieces: Piece<T>[]): SegmentNode<T>[] {
  const root: SegmentNode<T>[] = [];
  const stack: { children: SegmentNode<T>[]; end: number }[] = [{ children: root, end }];
  let cursor = start;
  const emit = (until: number) => {
    const top = stack[stack.length - 1];
    if (top && until > cursor) top.children.push({ type: "text", text: body.slice(cursor, until) });
    cursor = Math.max(cursor, until);
  };
  const queue = [...pieces].sort(comparePieces);
  for (let piece = queue.shift(); piece; piece = queue.shift()) {
    for (let top = stack[stack.length - 1]; top && stack.length > 1 && top.end <= piece.start; top = stack[stack.length - 1]) {
      emit(top.end);
      stack.pop();
    }
    emit(piece.start);
    const parentEnd = stack[stack.length - 1]?.end ?? end;
    // A span that crosses its parent's end is cut there; the rest continues as a piece without an anchor.
    if (piece.end > parentEnd) {
      insertSorted(queue, { annotation: piece.annotation, start: parentEnd, end: piece.end, first: false });
      piece = { ...piece, end: parentEnd };
    }
    if (piece.end <= piece.start) continue;
    const node: SegmentNode<T> = { type: "mark", annotation: piece.annotation, first: piece.first, children: [] };
    stack[stack.length - 1]?.children.push(node);
    stack.push({ children: node.children, end: piece.end });
  }
  while (stack.length > 0) {
    emit(stack[stack.length - 1]?.end ?? end);
    stack.pop();
  }
  return root;
}

/** Paragraphs of the body with every valid annotation nested inside; invalid spans are ignored, never thrown on. */
export function segmentArticle<T>(body: string, annotations: Annotation<T>[]): Paragraph<T>[] {
  const valid = annotations.filter(
    (annotation) => Number.isInteger(annotation.start) && Number.isInteger(annotation.end) && annotation.start >= 0 && annotation.end <= body.length && annotation.start < annotation.end,
  );
  return splitParagraphs(body).map(({ start, end }) => {
    const pieces: Piece<T>[] = [];
    for (const annotation of valid) {
      const pieceStart = Math.max(annotation.start, start);
      const pieceEnd = Math.min(annotation.end, end);
      if (pieceStart < pieceEnd) pieces.push({ annotation, start: pieceStart, end: pieceEnd, first: pieceStart === annotation.start });
    }
    return { start, end, nodes: nestParagraph(body, start, end, pieces) };
  });
}

/** The text a list of nodes covers, for tests and accessible names. */
export function nodeText<T>(nodes: SegmentNode<T>[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : nodeText(node.children))).join("");
}

/** The paragraph (line) of the body that holds offset `start`, for a quote's context. */
export function paragraphAround(body: string, start: number, end: number): { text: string; start: number; end: number } {
  const from = body.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const newline = body.indexOf("\n", Math.max(from, end - 1));
  const to = newline === -1 ? body.length : newline;
  return { text: body.slice(from, to), start: from, end: to };
}

/** The quote's paragraph, preceded by up to two earlier ones while the context is shorter than `minLength`. */
export function contextAround(body: string, start: number, end: number, minLength = 240): { text: string; start: number; end: number } {
  const own = paragraphAround(body, start, end);
  let from = own.start;
  for (let step = 0; step < 2 && own.end - from < minLength && from > 0; step++) {
    let lineEnd = from - 1;
    while (lineEnd > 0 && body[lineEnd - 1] === "\n") lineEnd--;
    if (lineEnd <= 0) break;
    from = body.lastIndexOf("\n", lineEnd - 1) + 1;
  }
  return { text: body.slice(from, own.end), start: from, end: own.end };
}
