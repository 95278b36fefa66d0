import { describe, expect, it } from "vitest";
import { webUrl } from "./web-url";

describe("webUrl", () => {
  it("keeps http and https addresses as written", () => {
    expect(webUrl("https://example.com/news?id=1&q=\"><b>")).toBe("https://example.com/news?id=1&q=\"><b>");
    expect(webUrl("http://example.com/a")).toBe("http://example.com/a");
  });
  it("drops other schemes, relative addresses and nothing", () => {
    for (const url of ['javascript:alert("x")', " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "/articles/a", "example.com", "", null, undefined]) {
      expect(webUrl(url), String(url)).toBeNull();
    }
  });
});
