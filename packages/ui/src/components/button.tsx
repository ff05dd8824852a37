import { Link, type LinkProps } from "@tanstack/react-router";
import type { ButtonHTMLAttributes, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "tertiary";

function classesOf(variant: ButtonVariant, isBlock?: boolean): string {
  return `kern-btn kern-btn--${variant}${isBlock ? " kern-btn--block" : ""}`;
}

export function Button({
  variant = "primary",
  isBlock,
  children,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  isBlock?: boolean;
  children: ReactNode;
}) {
  return (
    <button type={type} className={classesOf(variant, isBlock)} {...rest}>
      <span className="kern-label">{children}</span>
    </button>
  );
}

/** A link to a page of the app that looks like a button. */
export function LinkButton(props: {
  to: LinkProps["to"];
  search?: LinkProps["search"];
  variant?: ButtonVariant;
  children: ReactNode;
}) {
  return (
    <Link to={props.to} search={props.search} className={classesOf(props.variant ?? "primary")}>
      <span className="kern-label">{props.children}</span>
    </Link>
  );
}
