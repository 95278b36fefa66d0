import { describe, expect, it } from "vitest";
import { ogSafeText } from "./og-text";

describe("ogSafeText", () => {
  it("keeps Latin text with accents, curly quotes and dashes", () => {
    expect(ogSafeText("“What was is not what will be” – vis-à-vis…")).toBe("“What was is not what will be” – vis-à-vis…");
  });
  it("drops characters the bundled font lacks and tidies the spaces", () => {
    expect(ogSafeText("Gantz 🇮🇱 said\nשלום ok")).toBe("Gantz said ok");
  });
});
