import type { ReportBlock, ReportField } from "@milepael/core/report";
import { RichText } from "../richText/RichText";
import { ReportChart } from "./ReportChart";
import { ReportTable } from "./ReportTable";
import type { ReportModelState } from "./useReport";

/** The paper's content: title, header fields, then each group of blocks (an initiative as a section). */
export function ReportBody({ model }: { model: ReportModelState }) {
  const { report, locale, idPrefix } = model;
  let charts = 0;
  const render = (block: ReportBlock, key: number) => {
    if (block.kind === "chart") {
      charts += 1;
      return <ReportChart key={key} chart={block} locale={locale} id={`${idPrefix}-chart-${charts}`} />;
    }
    return <Block key={key} block={block} locale={locale} />;
  };
  return (
    <>
      <h1 id={model.titleId}>{model.title}</h1>
      <Fields fields={report.fields} />
      {model.groups.map((group, index) =>
        group.initiative ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paper is rebuilt whole; position is identity
          <section key={index} className="mp-Report-initiative">
            {group.blocks.map(render)}
          </section>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <div key={index} className="mp-Report-part">
            {group.blocks.map(render)}
          </div>
        ),
      )}
    </>
  );
}

function Fields({ fields }: { fields: readonly ReportField[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="mp-Report-fields">
      {fields.map((field) => (
        <div key={field.label}>
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block, locale }: { block: ReportBlock; locale: "da" | "en" }) {
  switch (block.kind) {
    case "heading":
      return block.level === 1 ? (
        <h1>{block.text}</h1>
      ) : block.level === 2 ? (
        <h2>{block.text}</h2>
      ) : (
        <h3>{block.text}</h3>
      );
    case "paragraph":
      // A field's label ("Resumé") names the paragraphs after it, as the HTML and Word papers set it.
      if (block.role === "label")
        return (
          <p>
            <strong>{block.text}</strong>
          </p>
        );
      // A line break is a space in HTML: each line a paragraph of its own, as the Word paper breaks it.
      return (
        <>
          {block.text.split("\n").map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; position is identity
            <p key={index} className={block.role === "summary" ? "mp-Report-summary" : undefined}>
              {line}
            </p>
          ))}
        </>
      );
    case "rich":
      return <RichText html={block.html} />;
    case "list":
      return (
        <ul>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; position is identity
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case "table":
      return <ReportTable table={block} locale={locale} />;
    case "chart":
      return null;
    default:
      return block satisfies never;
  }
}
