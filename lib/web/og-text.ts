// Text for generated preview images: the bundled font covers Latin and common punctuation, nothing else.

/** Keeps Latin letters, digits and common punctuation; other characters (which would need a font download) become spaces. */
export function ogSafeText(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u2010-\u2027\u2030-\u205E]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
