import { describe, expect, it } from "vitest";
import { extract } from "../test-helpers";

// Published on Thursday 16 May 2024 (the helper's default).
describe("when a quote or a report was said", () => {
  const dateOfQuote = (text: string, words: string) => extract(text).quotes.find((q) => q.text.includes(words))?.date;
  const dateOfReport = (text: string, words: string) => extract(text).statements.find((s) => s.text.includes(words))?.date;

  it("a weekday in the attribution is the latest such day on or before publication", () => {
    expect(dateOfQuote('"We are ready," Mayor Lina Park said on Sunday.', "We are ready")).toBe("2024-05-12");
    expect(dateOfQuote('"We are ready," Mayor Lina Park said Thursday.', "We are ready")).toBe("2024-05-16");
    expect(dateOfReport("Mayor Lina Park told reporters on Monday that the bridge would reopen.", "bridge would reopen")).toBe("2024-05-13");
    expect(dateOfReport("On Tuesday, Mayor Lina Park said the bridge would reopen.", "bridge would reopen")).toBe("2024-05-14");
  });
  it("relative words give a date at their precision", () => {
    expect(dateOfQuote('Mayor Lina Park said last month that the city was "ready to rebuild."', "ready to rebuild")).toBe("2024-04");
    expect(dateOfReport("In an interview earlier this month, Mayor Lina Park said the bridge would reopen.", "bridge would reopen")).toBe("2024-05");
    expect(dateOfReport("Mayor Lina Park said yesterday that the bridge would reopen.", "bridge would reopen")).toBe("2024-05-15");
  });
  it("a date inside what was said, or one that belongs to an event, does not date the saying", () => {
    expect(dateOfReport("Mayor Lina Park said the bridge would reopen on Friday.", "bridge would reopen")).toBeNull();
    expect(dateOfQuote('Mayor Lina Park said the plan "starts on June 3."', "starts on June 3")).toBeNull();
    expect(dateOfReport("Ahead of the June 3 vote, Mayor Lina Park said the bridge would reopen.", "bridge would reopen")).toBeNull();
    expect(dateOfQuote('"We are ready," Mayor Lina Park said.', "We are ready")).toBeNull();
  });
});
