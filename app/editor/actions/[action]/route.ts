// Every change the editor workspace makes is a POST here. proxy.ts has already refused requests without a
// session or from another origin; each action checks again, so no route can forget to.
import type { NextRequest } from "next/server";
import { checkEditor, isRefusal } from "@/lib/auth/guard";
import { comesFromOrigin } from "@/lib/auth/origin";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { json } from "@/lib/editor/responses";
import { EDITOR_ACTIONS, OPEN_ACTIONS } from "../action-table";

type Context = { params: Promise<{ action: string }> };

export async function POST(request: NextRequest, { params }: Context): Promise<Response> {
  const { action } = await params;
  const open = OPEN_ACTIONS[action];
  if (open) return comesFromOrigin(request.headers, env.READOUT_PUBLIC_URL) ? open(request) : json({ error: "refused: this request did not come from a page of Readout" }, 403);
  const run = EDITOR_ACTIONS[action];
  if (!run) return json({ error: `no editor action "${action}"` }, 404);
  const editor = await checkEditor(db, request, env.READOUT_PUBLIC_URL, { mutating: true });
  if (isRefusal(editor)) return json({ error: editor.message }, editor.status);
  return run(request, editor);
}
