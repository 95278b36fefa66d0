// The editor workspace's actions by name (POST /editor/actions/<name>).
import type { NextRequest } from "next/server";
import type { SignedInEditor } from "@/lib/auth/sessions";
import { signInAction, setupAction, signOutAction, signOutEverywhereAction } from "./account-actions";
import { ingestArticleAction, previewArticlesAction } from "./article-actions";
import { correctAction } from "./correct-action";

type Action = (request: NextRequest, editor: SignedInEditor) => Promise<Response>;

/** Actions of a signed-in editor. */
export const EDITOR_ACTIONS: Record<string, Action> = {
  correct: correctAction,
  "preview-articles": previewArticlesAction,
  "ingest-article": ingestArticleAction,
  "sign-out": signOutAction,
  "sign-out-everywhere": signOutEverywhereAction,
};

/** Actions anyone may post, from Readout's own pages. */
export const OPEN_ACTIONS: Record<string, (request: NextRequest) => Promise<Response>> = { "sign-in": signInAction, setup: setupAction };
