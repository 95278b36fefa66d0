import { afterEach, describe, expect, it } from "vitest";
import { startRenderer, type Renderer } from "./render";

let renderer: Renderer | undefined;
afterEach(async () => {
  await renderer?.close();
  renderer = undefined;
});

describe("startRenderer", () => {
  it("sends a render again once when the kept-alive socket it reused is reset, and only then", async () => {
    let calls = 0;
    const said: string[] = [];
    renderer = await startRenderer(async (request, response) => {
      calls++;
      // The second request finds its socket closed under it, as when the server lets an idle socket go.
      if (calls === 2) return void request.socket.destroy();
      response.end(`answer ${calls}`);
    }, (line) => said.push(line));
    const page = { path: "/quotes", headers: { host: "readout.example" } };
    expect((await renderer.render(page)).body.toString()).toBe("answer 1");
    expect((await renderer.render(page)).body.toString()).toBe("answer 3");
    expect(calls).toBe(3);
    expect(said).toEqual([]);
  });

  it("does not retry a failure on a fresh socket", async () => {
    let calls = 0;
    renderer = await startRenderer(async (request) => {
      calls++;
      request.socket.destroy();
    }, () => undefined);
    await expect(renderer.render({ path: "/", headers: {} })).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(calls).toBe(1);
  });
});
