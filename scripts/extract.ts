// CLI: npm run -s extract -- [--manifest FILE] FILE_OR_DIR...
// Prints one JSON document (the extractOutput contract) on stdout; progress and problems on stderr.
import path from "node:path";
import { extractArticle } from "@/lib/extract";
import { extractOutput, type ExtractedArticle, type ManifestEntry } from "@/lib/extract/schema";
import { listArticleFiles, readArticle } from "@/lib/source/read-articles";
import { readManifest } from "@/lib/source/manifest";

const USAGE = "usage: npm run -s extract -- [--manifest FILE] FILE_OR_DIR...\n" +
  "  Extracts actors, meetings, quotes and reported speech from plain-text news articles.\n" +
  "  A directory means every .txt file in it. Output: one JSON document on stdout.\n" +
  "  --manifest FILE  manifest.json with {file, publishedAt?, outlet?, url?, title?} entries\n" +
  "  --help           show this help";

type Args = { manifest: string | null; inputs: string[] };

function parseArgs(argv: string[]): Args | string {
  const args: Args = { manifest: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") return "help";
    if (a === "--manifest") {
      const value = argv[++i];
      if (!value) return "--manifest needs a file name";
      args.manifest = value;
    } else if (a.startsWith("--manifest=")) args.manifest = a.slice("--manifest=".length);
    else if (a.startsWith("-")) return `unknown option ${a}`;
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) return "give at least one article file or directory";
  return args;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (typeof parsed === "string") {
    process.stderr.write(`extract: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let manifest: Map<string, ManifestEntry> | undefined;
  if (parsed.manifest) {
    try {
      manifest = await readManifest(parsed.manifest);
    } catch (error) {
      process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const { files, errors: listErrors } = await listArticleFiles(parsed.inputs);
  const articles: ExtractedArticle[] = [];
  const errors = listErrors.map((e) => ({ file: e.file, message: e.message }));
  for (const e of listErrors) process.stderr.write(`extract: ${e.message}\n`);
  for (const file of files) {
    const read = await readArticle(file, manifest);
    if (!read.ok) {
      errors.push({ file: read.error.file, message: read.error.message });
      process.stderr.write(`extract: ${read.error.message}\n`);
      continue;
    }
    const started = performance.now();
    const article = extractArticle(read.article.text, read.article.meta);
    for (const w of article.warnings ?? []) process.stderr.write(`extract: ${path.basename(file)}: ${w}\n`);
    process.stderr.write(`extract: ${path.basename(file)}: ${article.actors.length} actors, ${article.interactions.length} interactions, ${article.quotes.length} quotes, ${article.statements.length} statements (${(performance.now() - started).toFixed(0)} ms)\n`);
    articles.push(article);
  }
  const output = extractOutput.parse({ articles, ...(errors.length ? { errors } : {}) });
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
