// An edit form's post: the correction is recorded and applied (lib/corrections), then the editor is sent to
// the page that shows the result, or back to the form with what was wrong.
import type { NextRequest } from "next/server";
import type { SignedInEditor } from "@/lib/auth/sessions";
import { recordCorrection } from "@/lib/corrections/record-correction";
import { CorrectionError } from "@/lib/corrections/requests";
import { db } from "@/lib/db/client";
import { findActorIdBySlug } from "@/lib/db/queries/editor/get-fact-for-edit";
import { formToRequest } from "@/lib/editor/correction-form";
import { json, localPath, seeOther, wantsHtml, withError } from "@/lib/editor/responses";

export async function correctAction(request: NextRequest, editor: SignedInEditor): Promise<Response> {
  const form = await request.formData();
  const back = localPath(form.get("back"), "/editor");
  try {
    const correction = await recordCorrection(db, editor.id, await formToRequest(form, findActorIdBySlug));
    return wantsHtml(request) ? seeOther(localPath(form.get("next"), back)) : json({ correction: correction.id });
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    return wantsHtml(request) ? seeOther(withError(back, error.message)) : json({ error: error.message }, 400);
  }
}
