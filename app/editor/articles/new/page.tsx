import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { MAX_ARTICLE_BYTES } from "@/lib/source/read-articles";
import { AddArticles } from "./add-articles";

export const metadata: Metadata = { title: "Add articles" };

export default function AddArticlesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeading title="Add articles">
        Upload <code>.txt</code> or <code>.html</code> files (several at once, up to {MAX_ARTICLE_BYTES / 1048576} MB each) or paste an article’s text. A web page’s main text is
        taken out with its paragraphs. You see the text before anything is added; then each article is read exactly as{" "}
        <code>npm run ingest</code> reads a file. An article’s file name is its identity: a file of the same name replaces the article already in the record.
      </PageHeading>
      <AddArticles />
    </div>
  );
}
