import { describe, expect, it } from "vitest";
import { formToRequest } from "./correction-form";

const people: Record<string, number> = { "ada-lopes": 7, "tomas-varga": 9 };
const find = async (slug: string) => people[slug] ?? null;
const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formToRequest", () => {
  it("reads a speaker change with the speaker given by address", async () => {
    expect(await formToRequest(form([["kind", "speaker"], ["statementId", "12"], ["speaker", "/people/tomas-varga"], ["reason", " heard on tape "]]), find)).toEqual({
      kind: "speaker",
      statementId: 12,
      speakerId: 9,
      reason: "heard on tape",
    });
  });

  it("reads a meeting fix: date, participants from a select and a typed list, an empty place", async () => {
    const request = await formToRequest(form([["kind", "meeting"], ["meetingId", "3"], ["date", "2025-02"], ["location", ""], ["participant", "ada-lopes"], ["participant", "tomas-varga, ada-lopes"]]), find);
    expect(request).toEqual({ kind: "meeting", meetingId: 3, date: "2025-02", location: "", participantIds: [7, 9, 7], reason: null });
  });

  it("names the field that is wrong", async () => {
    await expect(formToRequest(form([["kind", "merge"], ["fromId", "7"], ["into", "nobody-here"]]), find)).rejects.toThrow('merge into: no person at the address "nobody-here"');
    await expect(formToRequest(form([["kind", "meeting"], ["meetingId", "3"], ["date", "March 2025"]]), find)).rejects.toThrow(/date: a date is YYYY, YYYY-MM or YYYY-MM-DD/);
    await expect(formToRequest(form([["kind", "delete-everything"]]), find)).rejects.toThrow(/kind/);
  });
});
