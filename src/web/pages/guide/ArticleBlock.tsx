// One block of written content (a Learn article, the bonding help page) as a real heading, paragraph or list.
import type { Block } from "../../../content/learn/types";

export function ArticleBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "h":
      return <h2>{block.text}</h2>;
    case "list":
      return (
        <ul className="article-list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    default:
      return <p>{block.text}</p>;
  }
}
