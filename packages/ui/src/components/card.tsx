import type { ReactNode } from "react";

/** A KERN card; its title is a heading at the level the page needs (h2 by default). */
export function Card(props: {
  title: ReactNode;
  headingLevel?: 2 | 3;
  preline?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
}) {
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <article className="kern-card kern-card--small">
      <div className="kern-card__container">
        <header className="kern-card__header">
          {props.preline ? <p className="kern-preline">{props.preline}</p> : null}
          <Heading className="kern-title">{props.title}</Heading>
        </header>
        {props.children ? <div className="kern-card__body">{props.children}</div> : null}
        {props.footer ? <div className="kern-card__footer">{props.footer}</div> : null}
      </div>
    </article>
  );
}
