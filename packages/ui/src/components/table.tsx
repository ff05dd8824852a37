import type { ReactNode } from "react";

/** A KERN table with a caption (its accessible name); wide tables scroll on their own. */
export function Table(props: { caption: string; isCaptionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="kern-table kern-table--striped">
        <caption className={props.isCaptionHidden ? "kern-sr-only" : "kern-title"}>
          {props.caption}
        </caption>
        {props.children}
      </table>
    </div>
  );
}

export function TableHead(props: { children: ReactNode }) {
  return (
    <thead className="kern-table__head">
      <tr className="kern-table__row">{props.children}</tr>
    </thead>
  );
}

export function HeaderCell(props: { children: ReactNode; isNumeric?: boolean }) {
  return (
    <th
      scope="col"
      className={`kern-table__header${props.isNumeric ? " kern-table__header--numeric" : ""}`}
    >
      {props.children}
    </th>
  );
}

export function TableBody(props: { children: ReactNode }) {
  return <tbody className="kern-table__body">{props.children}</tbody>;
}

export function Row(props: { children: ReactNode }) {
  return <tr className="kern-table__row">{props.children}</tr>;
}

export function RowHeader(props: { children: ReactNode }) {
  return (
    <th scope="row" className="kern-table__header">
      {props.children}
    </th>
  );
}

export function Cell(props: { children: ReactNode; isNumeric?: boolean }) {
  return (
    <td className={`kern-table__cell${props.isNumeric ? " kern-table__cell--numeric" : ""}`}>
      {props.children}
    </td>
  );
}
