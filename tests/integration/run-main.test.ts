// Scripts release what they hold on Ctrl-C even when the signal also ends their child (as it ends Next):
// the cleanup runs to completion once, and the exit code is the signal's.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { childEnv } from "@/lib/env";
import { finished, REPO } from "./support/run-script";

it("finishes its cleanup when Ctrl-C ends both the script and its child", async () => {
  const script = spawn(process.execPath, ["--import", "tsx", path.join("tests/integration/fixtures/script-with-child.ts")], {
    cwd: REPO,
    env: childEnv({}),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const result = finished(script);
  await new Promise<void>((resolve) => script.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("child ready") && resolve()));
  process.kill(-(script.pid ?? 0), "SIGINT");
  const { code, stdout } = await result;
  expect(stdout.match(/cleanup finished/g)).toEqual(["cleanup finished"]);
  expect(code).toBe(130);
});
