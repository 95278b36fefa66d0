import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("the public origin", () => {
  it("comes from READOUT_PUBLIC_URL alone: nothing a request sends can change it", () => {
    expect(parseEnv({ READOUT_PUBLIC_URL: "https://readout.example" }).READOUT_PUBLIC_URL).toBe("https://readout.example");
    expect(parseEnv({ PORT: "3100" }).READOUT_PUBLIC_URL).toBe("http://localhost:3100");
  });
});
