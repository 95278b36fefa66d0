// Ingests a corpus directory for the benchmarks, reporting failures in one line each.
import type { Db } from "@/lib/db/client";
import { ingestFiles, type FileOutcome } from "@/lib/ingest/ingest-files";

export async function ingestCorpus(db: Db, dir: string, log: (line: string) => void): Promise<FileOutcome[]> {
  let last = 0;
  const outcomes = await ingestFiles(db, [dir], {
    onProgress: (done, total) => {
      if (done - last >= 1000 || done === total) {
        last = done;
        log(`  ${done}/${total} files`);
      }
    },
  });
  for (const outcome of outcomes) if (outcome.status === "failed") log(`  failed: ${outcome.error}`);
  return outcomes;
}
